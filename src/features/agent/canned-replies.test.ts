import { describe, expect, it } from 'vitest';
import { pickCannedReply, replyTopic } from './canned-replies';
import { chatCopy } from './copy';

describe('replyTopic', () => {
  it.each([
    ['Do you ship to Canada?', 'shipping'],
    ['How much is the blue scarf?', 'price'],
    ['Where is my order? It is late', 'order'],
    ['I want a refund for a late delivery', 'order'],
    ['Hello!', 'greeting'],
    ['Is this vegan?', 'other'],
  ] as const)('%s -> %s', (message, topic) => {
    expect(replyTopic(message)).toBe(topic);
  });
});

describe('pickCannedReply', () => {
  it('answers from the topic of the message', () => {
    expect(chatCopy.replies.shipping).toContain(pickCannedReply('Do you ship abroad?', 0));
    expect(chatCopy.replies.other).toContain(pickCannedReply('Is this vegan?', 3));
  });

  it('is stable: the same message at the same turn gets the same reply', () => {
    expect(pickCannedReply('What does it cost?', 2)).toBe(pickCannedReply('What does it cost?', 2));
  });

  it('never repeats the previous reply', () => {
    for (let turn = 0; turn < 20; turn++) {
      const previous = pickCannedReply('Tell me more', turn);
      expect(pickCannedReply('Tell me more', turn, previous)).not.toBe(previous);
    }
  });

  it('varies through a conversation', () => {
    const replies = new Set(
      Array.from({ length: 8 }, (_, turn) => pickCannedReply('Tell me more', turn)),
    );
    expect(replies.size).toBe(chatCopy.replies.other.length);
  });
});
