/**
 * The thin layer between the flows and a browser engine. The flows speak only this; each engine
 * has one small adapter (puppeteer-engine.ts for Chromium and Firefox, webdriver-engine.ts for
 * WebKit). Anything an engine does differently is settled here or in the adapters, never in a flow.
 */

export const ENGINES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINES)[number];

/** A function that runs in the page: self-contained (no imports, no outer variables), JSON in and out. */
export type InPage<A extends unknown[], R> = (...args: A) => R | Promise<R>;

/** One tab of the engine's browser. All tabs of a session share one origin's storage. */
export interface BrowserTab {
  /** Loads an address and resolves once the document has loaded. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** The address the tab shows now. */
  url(): Promise<string>;
  /** Runs `fn` in the page with `args`, and returns its (awaited, JSON) result. */
  run<A extends unknown[], R>(fn: InPage<A, R>, ...args: A): Promise<R>;
  /** Runs a script (a library's source) in the page, for its side effects. */
  inject(source: string): Promise<void>;
  /**
   * Clicks, with the engine's own input (not `element.click()`), the element `find` returns in
   * the page: a person's click, with focus and pointer events.
   */
  click<A extends unknown[]>(find: InPage<A, Element>, ...args: A): Promise<void>;
  close(): Promise<void>;
}

/** A browser of one engine, kept for several flows: each flow opens its own tabs and closes them. */
export interface EngineSession {
  readonly engine: EngineName;
  openTab(): Promise<BrowserTab>;
  quit(): Promise<void>;
}

/** Said when an engine cannot start: what to install, never a silent skip. */
export class EngineMissing extends Error {
  constructor(engine: EngineName, what: string, install: string) {
    super(`${engine}: ${what} is not installed. Install it with: ${install}`);
    this.name = 'EngineMissing';
  }
}
