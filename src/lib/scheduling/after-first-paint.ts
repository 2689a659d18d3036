let painted: Promise<void> | undefined;

/** Past this, what waits goes ahead anyway: a page that never paints text must not stall. */
const LONGEST_WAIT_MS = 3_000;

/**
 * Resolves once the page's first text or image is on screen (the browser's first contentful
 * paint), and at once from then on. What that first frame does not need (the contract's parser,
 * the live channel, the test chat) waits for it, so the first paint never shares the phone's
 * bandwidth or main thread with them.
 *
 * A page that is hidden gets no frames: there it resolves at once, or as soon as it is hidden. A
 * browser without paint timing waits for the next frame instead.
 */
export function afterFirstPaint(): Promise<void> {
  painted ??= new Promise((resolve) => {
    if (typeof document === 'undefined' || document.visibilityState === 'hidden') {
      resolve();
      return;
    }
    const cleanups: (() => void)[] = [];
    const done = () => {
      for (const cleanup of cleanups) cleanup();
      resolve();
    };
    document.addEventListener('visibilitychange', done);
    cleanups.push(() => document.removeEventListener('visibilitychange', done));
    const timer = setTimeout(done, LONGEST_WAIT_MS);
    cleanups.push(() => clearTimeout(timer));

    if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
      // Buffered: a paint that happened before this was asked for counts.
      const observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) done();
      });
      observer.observe({ type: 'paint', buffered: true });
      cleanups.push(() => observer.disconnect());
    } else {
      const frame = requestAnimationFrame(done);
      cleanups.push(() => cancelAnimationFrame(frame));
    }
  });
  return painted;
}
