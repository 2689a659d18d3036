/** The agent has exactly one activation mode at a time (PRODUCT.md, "Activation modes"). */
export const ACTIVATION_MODES = [
  'all_pending',
  'specific_intents',
  'automation_only',
  'disable_all_replies',
] as const;
export type ActivationMode = (typeof ACTIVATION_MODES)[number];

/** A new agent answers only messages that match one of the account's intents. */
export const DEFAULT_ACTIVATION_MODE: ActivationMode = 'specific_intents';

/** The mode the system switches to when a Free account runs out of credits (rule 6). */
export const SILENT_MODE: ActivationMode = 'disable_all_replies';

/** Modes in which the agent may answer, and therefore may spend credits. */
export function modeReplies(mode: ActivationMode): boolean {
  return mode !== SILENT_MODE;
}
