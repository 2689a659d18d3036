import { bannerCopy as copy } from '../copy';

/** What the silence has cost so far: nothing yet, or how many actions were skipped. */
export function skippedSentence(count: number): string {
  return count === 0 ? copy.skippedNone : copy.skipped(count);
}
