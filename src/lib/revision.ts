/**
 * Server state carries a revision that only grows. Whatever writes a copy into the cache (a live
 * event, a mutation's answer, a rollback of an optimistic guess) goes through this, so a late
 * copy never replaces a newer one.
 */

/**
 * Keeps the newest copy: a late event never replaces what a newer response already showed. An
 * event that changes nothing but the revision keeps the current copy too, so a spend does not
 * re-render what reads the agent (the backend pushes both after every change).
 */
export function newest<T extends { revision: number }>(incoming: T) {
  return (current: T | undefined) => {
    if (!current) return incoming;
    if (current.revision > incoming.revision) return current;
    return sameApartFromRevision(current, incoming) ? current : incoming;
  };
}

function sameApartFromRevision<T extends { revision: number }>(a: T, b: T): boolean {
  return JSON.stringify({ ...a, revision: 0 }) === JSON.stringify({ ...b, revision: 0 });
}
