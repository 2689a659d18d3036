import type { AgentMessages } from '../messages/en';

/** What the silence has cost so far: nothing yet, or how many actions were skipped. */
export function skippedSentence(count: number, copy: AgentMessages['banner']): string {
  return count === 0 ? copy.skippedNone : copy.skipped(count);
}
