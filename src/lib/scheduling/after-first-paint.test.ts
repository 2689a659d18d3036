// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (list: { getEntriesByName: (name: string) => unknown[] }) => void;

/** A stand-in for the browser's paint timing: `paint(name)` delivers one paint entry. */
class FakePaintObserver {
  static supportedEntryTypes = ['paint'];
  static observers = new Set<FakePaintObserver>();
  constructor(private readonly listener: Listener) {}
  observe() {
    FakePaintObserver.observers.add(this);
  }
  disconnect() {
    FakePaintObserver.observers.delete(this);
  }
  static paint(name: string) {
    for (const observer of FakePaintObserver.observers)
      observer.listener({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) });
  }
}

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** A fresh module each time: the promise it keeps is made once per page. */
async function loadModule() {
  vi.resetModules();
  return import('./after-first-paint');
}
const load = async () => (await loadModule()).afterFirstPaint;

// Every test: a visible page, fake timers and the fake paint timing, with no observer left over.
beforeEach(() => {
  vi.useFakeTimers();
  setVisibility('visible');
  FakePaintObserver.observers.clear();
  vi.stubGlobal('PerformanceObserver', FakePaintObserver);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('afterFirstPaint', () => {
  it('waits for the first contentful paint, not for a blank first paint', async () => {
    const afterFirstPaint = await load();
    const painted = afterFirstPaint();
    FakePaintObserver.paint('first-paint');
    expect(await settled(painted)).toBe(false);
    FakePaintObserver.paint('first-contentful-paint');
    expect(await settled(painted)).toBe(true);
    // From then on it is the same, settled promise, and the observer is gone.
    expect(afterFirstPaint()).toBe(painted);
    expect(FakePaintObserver.observers.size).toBe(0);
  });

  it('does not wait at all in a hidden page, which gets no frames', async () => {
    setVisibility('hidden');
    const afterFirstPaint = await load();
    expect(await settled(afterFirstPaint())).toBe(true);
  });

  it('stops waiting as soon as the page is hidden', async () => {
    const afterFirstPaint = await load();
    const painted = afterFirstPaint();
    expect(await settled(painted)).toBe(false);
    setVisibility('hidden');
    expect(await settled(painted)).toBe(true);
  });

  it('waits for the next frame where the browser has no paint timing', async () => {
    vi.stubGlobal(
      'PerformanceObserver',
      class extends FakePaintObserver {
        static override supportedEntryTypes: string[] = [];
      },
    );
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    );
    const afterFirstPaint = await load();
    const painted = afterFirstPaint();
    expect(await settled(painted)).toBe(false);
    expect(frames).toHaveLength(1);
    frames[0]!(performance.now());
    expect(await settled(painted)).toBe(true);
  });

  it('goes ahead after 3 s in a page that never paints text, rather than stall', async () => {
    const afterFirstPaint = await load();
    const painted = afterFirstPaint();
    await vi.advanceTimersByTimeAsync(2_999);
    expect(await settled(painted)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(painted)).toBe(true);
  });
});

describe('useAfterFirstPaint', () => {
  /** What each render of the part saw. */
  const seen: boolean[] = [];
  function Part({ read }: { read: () => boolean }) {
    seen.push(read());
    return null;
  }

  it('is false until the first contentful paint, then true', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await loadModule();
    const { useAfterFirstPaint } = await import('./use-after-first-paint');
    const root = createRoot(document.createElement('div'));
    await act(async () => {
      root.render(createElement(Part, { read: useAfterFirstPaint }));
      await Promise.resolve();
    });
    expect(seen).toEqual([false]);
    await act(async () => {
      FakePaintObserver.paint('first-contentful-paint');
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(seen).toEqual([false, true]);
    await act(async () => {
      root.unmount();
      await Promise.resolve();
    });
  });
});
