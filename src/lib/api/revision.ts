/**
 * Server state carries a revision that only grows. Whatever writes a copy into the cache (a live
 * event, a mutation's answer, a rollback of an optimistic guess) goes through this, so a late
 * copy never replaces a newer one.
 */

/**
 * Keeps the newest copy: a late event never replaces what a newer response already showed, and a
 * copy of the revision already cached changes nothing (a revision is one state of the server):
 * the live stream's snapshot on connect, landing while a guess made on that revision waits for
 * its answer, would otherwise take the guess back for a moment (60 -> 50 -> 60 credits). An
 * event that changes nothing but the revision keeps the current copy too, so a spend does not
 * re-render what reads the agent (the backend pushes both after every change).
 */
export function newest<T extends { revision: number }>(incoming: T) {
  return (current: T | undefined) => {
    if (!current) return incoming;
    if (current.revision >= incoming.revision) return current;
    return sameApartFromRevision(current, incoming) ? current : incoming;
  };
}

function sameApartFromRevision<T extends { revision: number }>(a: T, b: T): boolean {
  return JSON.stringify({ ...a, revision: 0 }) === JSON.stringify({ ...b, revision: 0 });
}

/**
 * A change made here rather than by the server: an optimistic guess, or taking one back. It goes
 * through the same guard as a server copy and applies only while the cache still holds the copy
 * at `revision` (the one the guess was made on); several guesses on that copy add up. Once a newer
 * server copy has landed, that copy is the truth, so the change is dropped rather than written
 * over it. The result keeps `revision`, so any newer server copy replaces it.
 */
export function changeAt<T extends { revision: number }>(
  revision: number,
  change: (current: T) => T,
) {
  return (current: T | undefined): T | undefined => {
    if (!current || current.revision !== revision) return current;
    const changed = { ...change(current), revision };
    return sameApartFromRevision(current, changed) ? current : changed;
  };
}
