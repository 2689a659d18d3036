import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, globSync } from 'node:fs';

import { EngineMissing, type BrowserTab, type EngineSession, type InPage } from './engine.ts';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const DRIVER = '/usr/bin/WebKitWebDriver';
const XVFB_RUN = '/usr/bin/xvfb-run';

/** Debian's WebKitGTK ships MiniBrowser, the browser its WebDriver drives, outside PATH. */
function findMiniBrowser(): string | undefined {
  return process.env.WEBKIT_MINIBROWSER ?? globSync('/usr/lib/*/webkit2gtk-4.1/MiniBrowser').at(0);
}

/**
 * WebKit (WebKitGTK, Safari's engine) over W3C WebDriver: `WebKitWebDriver` under a virtual X
 * display, driving MiniBrowser. Plain HTTP, one session, one window per tab.
 */
export async function launchWebKit(port: number): Promise<EngineSession> {
  const miniBrowser = findMiniBrowser();
  if (!existsSync(DRIVER) || !miniBrowser) {
    throw new EngineMissing(
      'webkit',
      'WebKitWebDriver and MiniBrowser',
      'apt-get install webkit2gtk-driver',
    );
  }
  if (!existsSync(XVFB_RUN)) {
    throw new EngineMissing('webkit', 'xvfb-run', 'apt-get install xvfb xauth');
  }

  // Its own process group, so quitting ends xvfb-run, Xvfb and the driver together.
  const driver = spawn(XVFB_RUN, ['-a', DRIVER, `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForDriver(base, driver);
    const { sessionId } = await command<{ sessionId: string }>(base, 'POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
        },
      },
    });
    return webDriverSession(`${base}/session/${sessionId}`, () => stopDriver(driver));
  } catch (error) {
    stopDriver(driver);
    throw error;
  }
}

function stopDriver(driver: ChildProcess) {
  if (driver.pid !== undefined && driver.exitCode === null) process.kill(-driver.pid, 'SIGTERM');
}

async function waitForDriver(base: string, driver: ChildProcess) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode}).`);
    try {
      const status = await command<{ ready: boolean }>(base, 'GET', '/status');
      if (status.ready) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not start on ${base}.`);
}

async function command<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const { value } = (await response.json()) as { value: T & { error?: string; message?: string } };
  if (!response.ok)
    throw new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`);
  return value;
}

/** Wraps a page function for execute/async: its result, or its error, comes back as JSON. */
function asyncScript(fn: string) {
  return `const done = arguments[arguments.length - 1];
Promise.resolve()
  .then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
  .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
}

function webDriverSession(session: string, stop: () => void): EngineSession {
  const call = <T>(method: string, path: string, body?: unknown) =>
    command<T>(session, method, path, body);
  // WebDriver talks to one window at a time: every tab call first makes its window current.
  let current: string | undefined;
  // The session's first window: it stays blank and is where the session goes between tabs.
  let anchor: string | undefined;
  const focus = async (handle: string) => {
    if (current === handle) return;
    await call('POST', '/window', { handle });
    current = handle;
  };

  const run = async <A extends unknown[], R>(handle: string, fn: InPage<A, R>, args: A) => {
    await focus(handle);
    const result = await call<{ value?: R; error?: string }>('POST', '/execute/async', {
      script: asyncScript(fn.toString()),
      args,
    });
    if (result.error !== undefined) throw new Error(`In the page: ${result.error}`);
    return result.value as R;
  };

  return {
    engine: 'webkit',
    openTab: async () => {
      anchor ??= current = await call<string>('GET', '/window');
      // Every tab is a window of its own, closed for good afterwards. The session's first window
      // stays blank, so closing a tab never ends the session. (Reusing a window by navigating it
      // away kept the old page in WebKit's back-forward cache, IndexedDB connection and all, and
      // the next flow's mock could wait on it forever.)
      const { handle } = await call<{ handle: string }>('POST', '/window/new', { type: 'window' });
      await focus(handle);
      const tab: BrowserTab = {
        goto: async (url) => {
          await focus(handle);
          await call('POST', '/url', { url });
        },
        reload: async () => {
          await focus(handle);
          await call('POST', '/refresh', {});
        },
        url: async () => {
          await focus(handle);
          return call<string>('GET', '/url');
        },
        run: (fn, ...args) => run(handle, fn, args),
        inject: async (source) => {
          await focus(handle);
          await call('POST', '/execute/sync', { script: source, args: [] });
        },
        click: async (find, ...args) => {
          await focus(handle);
          const element = await call<Record<string, string>>('POST', '/execute/sync', {
            script: `return (${find.toString()}).apply(null, arguments);`,
            args,
          });
          await call('POST', `/element/${element[ELEMENT]}/click`, {});
        },
        close: async () => {
          await focus(handle);
          await call('DELETE', '/window');
          current = undefined;
          // WebDriver has no current window after a close: new windows open from the anchor.
          await focus(anchor!);
        },
      };
      return tab;
    },
    quit: async () => {
      try {
        await call('DELETE', '');
      } finally {
        stop();
      }
    },
  };
}
