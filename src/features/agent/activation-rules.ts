import type { Agent, Credits } from '@/contract/schemas';
import { SILENT_MODE, modeReplies, type ActivationMode } from '@/domain/activation-modes';

/**
 * Why a hand-picked mode cannot be saved now, or null when it can. The same rule the backend
 * applies (409 `mode_needs_credits`), checked first so the merchant is told before anything is sent.
 * While the credits are unknown the backend decides.
 */
export function modeRefusal(
  mode: ActivationMode,
  credits: Pick<Credits, 'aiEnabled'> | undefined,
): 'needs_credits' | null {
  return modeReplies(mode) && credits?.aiEnabled === false ? 'needs_credits' : null;
}

export type BannerState =
  | { kind: 'hidden' }
  | {
      kind: 'paused';
      at: string;
      previousMode: ActivationMode;
      skippedActions: number;
    }
  | {
      kind: 'can-restore';
      at: string;
      previousMode: ActivationMode;
      /** What made AI possible again, when the credits are known. */
      because: 'pro' | 'credits' | 'unknown';
      balance: number | null;
    };

/**
 * What the auto-disabled banner says. It shows only while the system's switch stands: a mode set
 * by hand clears `autoDisabled`, so the banner never argues with the merchant's choice.
 */
export function bannerStateOf(
  agent: Agent | undefined,
  credits: Pick<Credits, 'plan' | 'balance'> | undefined,
): BannerState {
  const autoDisabled = agent?.autoDisabled;
  if (!agent || !autoDisabled || agent.activationMode !== SILENT_MODE) return { kind: 'hidden' };
  const { at, previousMode, skippedActions } = autoDisabled;
  if (!agent.canRestore) return { kind: 'paused', at, previousMode, skippedActions };
  return {
    kind: 'can-restore',
    at,
    previousMode,
    because: credits === undefined ? 'unknown' : credits.plan === 'pro' ? 'pro' : 'credits',
    balance: credits?.balance ?? null,
  };
}

/** One auto-disable event in one phase: what the banner remembers (collapsed, announced) by. */
export function bannerMemoryKey(state: Exclude<BannerState, { kind: 'hidden' }>): string {
  return `${state.at}|${state.kind}`;
}
