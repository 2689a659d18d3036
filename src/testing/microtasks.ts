/**
 * Lets a few turns of the microtask queue go by, and no task: a promise that is settling settles
 * within them, and anything that waits for a task of its own has not run yet.
 */
export async function settleMicrotasks(): Promise<void> {
  for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
}
