import { describe, expect, it } from 'vitest';
import { createFormats } from '@/lib/i18n/formats';
import { pickCannedReply, replyTopic } from './canned-replies';
import { en } from './messages/en';
import fr from './messages/fr';

const replies = en(createFormats('en')).chat.replies;

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

  it.each([
    ['Livrez-vous à l’étranger ?', 'shipping'],
    ['Vous expédiez au Canada ?', 'shipping'],
    ['Combien coûte l’écharpe bleue ?', 'price'],
    ['Où est ma commande ? Elle est en retard', 'order'],
    ['Je veux être remboursée, la livraison est arrivée abîmée', 'order'],
    ['Bonjour !', 'greeting'],
    ['C’est vegan ?', 'other'],
    ['Je cherche un cadeau', 'other'],
  ] as const)('in French, %s -> %s', (message, topic) => {
    expect(replyTopic(message)).toBe(topic);
  });
});

describe('pickCannedReply', () => {
  it('answers from the topic of the message', () => {
    expect(replies.shipping).toContain(
      pickCannedReply('Do you ship abroad?', 0, undefined, replies),
    );
    expect(replies.other).toContain(pickCannedReply('Is this vegan?', 3, undefined, replies));
  });

  it('answers in the language of the replies it is given', () => {
    const french = fr(createFormats('fr')).chat.replies;
    expect(french.shipping).toContain(
      pickCannedReply('Livrez-vous à l’étranger ?', 0, undefined, french),
    );
  });

  it('is stable: the same message at the same turn gets the same reply', () => {
    expect(pickCannedReply('What does it cost?', 2, undefined, replies)).toBe(
      pickCannedReply('What does it cost?', 2, undefined, replies),
    );
  });

  it('never repeats the previous reply', () => {
    for (let turn = 0; turn < 20; turn++) {
      const previous = pickCannedReply('Tell me more', turn, undefined, replies);
      expect(pickCannedReply('Tell me more', turn, previous, replies)).not.toBe(previous);
    }
  });

  it('varies through a conversation', () => {
    const picked = new Set(
      Array.from({ length: 8 }, (_, turn) =>
        pickCannedReply('Tell me more', turn, undefined, replies),
      ),
    );
    expect(picked.size).toBe(replies.other.length);
  });
});
