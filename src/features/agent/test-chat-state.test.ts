import { describe, expect, it } from 'vitest';
import { creditsFor } from '@/testing/builders';
import {
  chatPaused,
  chatReducer,
  lastReply,
  pendingEntry,
  type ChatEntry,
} from './test-chat-state';

const sent = chatReducer([], { type: 'sent', id: 'm1', text: 'Hi', idempotencyKey: 'key-1' });

describe('chatReducer', () => {
  it('keeps the idempotency key with the pending message', () => {
    expect(pendingEntry(sent)).toMatchObject({
      id: 'm1',
      idempotencyKey: 'key-1',
      status: 'pending',
    });
  });

  it('adds the reply after the answered message', () => {
    const entries = chatReducer(sent, {
      type: 'answered',
      id: 'm1',
      reply: 'Hello!',
      outcome: 'charged',
    });
    expect(entries.map((e) => e.from)).toEqual(['merchant', 'agent']);
    expect(entries[1]).toMatchObject({ text: 'Hello!', metered: true });
    expect(pendingEntry(entries)).toBeUndefined();
    expect(lastReply(entries)).toBe('Hello!');
  });

  it('a retry of a failed message reuses its key, so it is never charged twice', () => {
    const failed = chatReducer(sent, { type: 'failed', id: 'm1', error: 'Offline.' });
    expect(failed[0]).toMatchObject({ status: 'failed', error: 'Offline.' });
    const retried = chatReducer(failed, { type: 'retried', id: 'm1' });
    expect(pendingEntry(retried)).toMatchObject({ idempotencyKey: 'key-1', error: undefined });
  });

  it('a skipped action leaves the message unanswered with a notice', () => {
    const entries = chatReducer(sent, { type: 'skipped', id: 'm1' });
    expect(entries[0]).toMatchObject({ status: 'unanswered' });
    expect(entries[1]).toEqual<ChatEntry>({ id: 'm1:notice', from: 'notice' });
  });

  it('an unmetered reply (Pro) is not counted as a credit', () => {
    const entries = chatReducer(sent, {
      type: 'answered',
      id: 'm1',
      reply: 'Hi',
      outcome: 'unmetered',
    });
    expect(entries[1]).toMatchObject({ metered: false });
  });
});

describe('chatPaused', () => {
  it('pauses on a Free balance at 0, and only then', () => {
    expect(chatPaused(creditsFor('exhausted'))).toBe(true);
    expect(chatPaused(creditsFor('low'))).toBe(false);
    expect(chatPaused(creditsFor('pro'))).toBe(false);
    expect(chatPaused(creditsFor('promo-after-exhaustion'))).toBe(false);
    expect(chatPaused(undefined)).toBe(false);
  });
});
