let painted: Promise<void> | undefined;

/** Past this, what waits goes ahead anyway: a page that never paints text must not stall. */
const LONGEST_WAIT_MS = 3_000;

/**
 * Resolves once the page's first text or image is on screen (the browser's first contentful
 * paint), and at once from then on. What that first frame does not need (a lazy part, the
 * contract's parser, the live channel) waits for it, so the first paint never shares the phone's
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
      cleanups.push(onNextPaint(done));
    }
  });
  return painted;
}

/**
 * Resolves in a task of its own, ahead of timers (`scheduler.yield` where there is one), and
 * never throttled in a hidden tab as timers are: for work that would otherwise go on in the
 * task that is running, making it one long task.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `run` once the first paint is on screen (see afterFirstPaint), in a task of its own: what
 * waits for that paint (the live channel, the test chat's code) would otherwise go on in one task
 * with the contract's request, 20 ms here, four times that on Lighthouse's phone. A timer's task,
 * queued behind the ones already waiting (React Query's, which render the first answers): ahead
 * of them (`nextTask`), billing's largest paint came later. In a hidden tab timers are slowed to
 * about one a second; nothing there is on screen to wait for it. For an effect: returns the
 * effect's cleanup, which skips `run` if it has not happened yet and undoes it if it has.
 */
export function whenPainted(run: () => (() => void) | void): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let undo: (() => void) | void;
  void afterFirstPaint().then(() => {
    if (!cancelled) timer = setTimeout(() => (undo = run()), 0);
  });
  return () => {
    cancelled = true;
    clearTimeout(timer);
    undo?.();
  };
}

/**
 * Runs `run` just after the next frame has painted (a frame callback runs just before its paint;
 * a task queued from it runs just after), for an effect: returns the cleanup that skips it. A
 * hidden page paints no frames: there it waits until the page is shown.
 */
export function onNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
