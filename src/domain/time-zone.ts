/**
 * Its own module, so the contract's schemas can check a time zone without pulling the whole of
 * usage.ts (groups, tallies, day headers) in with them.
 */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
