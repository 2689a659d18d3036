import { describe, expect, it } from 'vitest';
import { ACTIVATION_MODES } from '@/domain/activation-modes';
import { agentFor, creditsFor } from '@/testing/builders';
import { bannerMemoryKey, bannerStateOf, modeRefusal } from './activation-rules';

describe('modeRefusal', () => {
  it('refuses every mode that replies when AI is off, and only those', () => {
    const exhausted = creditsFor('exhausted');
    expect(ACTIVATION_MODES.filter((mode) => modeRefusal(mode, exhausted))).toEqual([
      'all_pending',
      'specific_intents',
      'automation_only',
    ]);
    expect(modeRefusal('disable_all_replies', exhausted)).toBeNull();
  });

  it('accepts any mode while AI can run, and leaves it to the backend while credits are unknown', () => {
    for (const mode of ACTIVATION_MODES) {
      expect(modeRefusal(mode, creditsFor('low'))).toBeNull();
      expect(modeRefusal(mode, creditsFor('pro'))).toBeNull();
      expect(modeRefusal(mode, creditsFor('promo-after-exhaustion'))).toBeNull();
      expect(modeRefusal(mode, undefined)).toBeNull();
    }
  });
});

describe('bannerStateOf', () => {
  it('is hidden when the system never switched the agent off', () => {
    expect(bannerStateOf(agentFor('onboarded'), creditsFor('onboarded'))).toEqual({
      kind: 'hidden',
    });
    expect(bannerStateOf(undefined, undefined)).toEqual({ kind: 'hidden' });
  });

  it('explains the pause on Free at 0, with what was skipped since', () => {
    const agent = agentFor('exhausted');
    expect(bannerStateOf(agent, creditsFor('exhausted'))).toEqual({
      kind: 'paused',
      at: agent.autoDisabled!.at,
      previousMode: 'all_pending',
      skippedActions: 6,
    });
  });

  it('offers the previous mode back once new credits arrive, or on Pro', () => {
    expect(
      bannerStateOf(agentFor('promo-after-exhaustion'), creditsFor('promo-after-exhaustion')),
    ).toMatchObject({
      kind: 'can-restore',
      previousMode: 'all_pending',
      because: 'credits',
      balance: 20,
    });
    expect(
      bannerStateOf(agentFor('pro-after-exhaustion'), creditsFor('pro-after-exhaustion')),
    ).toMatchObject({ kind: 'can-restore', because: 'pro', balance: null });
    expect(bannerStateOf(agentFor('pro-after-exhaustion'), undefined)).toMatchObject({
      kind: 'can-restore',
      because: 'unknown',
    });
  });

  it('never overrules a mode the merchant set by hand', () => {
    // A mode set by hand clears autoDisabled; the banner would also refuse a mismatched payload.
    const agent = agentFor('exhausted');
    expect(bannerStateOf({ ...agent, autoDisabled: null }, undefined)).toEqual({ kind: 'hidden' });
    expect(bannerStateOf({ ...agent, activationMode: 'automation_only' }, undefined)).toEqual({
      kind: 'hidden',
    });
  });

  it('remembers each event and phase apart', () => {
    const paused = bannerStateOf(agentFor('exhausted'), creditsFor('exhausted'));
    const restorable = bannerStateOf(agentFor('pro-after-exhaustion'), creditsFor('pro'));
    if (paused.kind === 'hidden' || restorable.kind === 'hidden')
      throw new Error('expected a banner');
    expect(bannerMemoryKey(paused)).toBe(`${paused.at}|paused`);
    expect(bannerMemoryKey(paused)).not.toBe(bannerMemoryKey(restorable));
  });
});
