import { describe, expect, it } from 'vitest';
import { changeAt, newest } from './revision';

const agent = (revision: number, activationMode = 'all_pending') => ({ revision, activationMode });

describe('newest: what a live event may write into the cache', () => {
  it('takes the event when nothing is cached yet', () => {
    const incoming = agent(3);
    expect(newest(incoming)(undefined)).toBe(incoming);
  });

  it('never lets a late event replace a newer copy', () => {
    const current = agent(9, 'automation_only');
    expect(newest(agent(8, 'all_pending'))(current)).toBe(current);
  });

  it('takes a newer event that changes something', () => {
    const incoming = agent(10, 'disable_all_replies');
    expect(newest(incoming)(agent(9))).toBe(incoming);
  });

  it('keeps a guess made on a revision when a copy of that same revision arrives', () => {
    const guess = { revision: 4, balance: 60 };
    expect(newest({ revision: 4, balance: 50 })(guess)).toBe(guess);
  });

  it('keeps the cached object when only the revision moved, so readers do not re-render', () => {
    const current = agent(9);
    expect(newest(agent(10))(current)).toBe(current);
  });
});

describe('changeAt: an optimistic guess, or taking it back', () => {
  const credits = (revision: number, balance: number) => ({ revision, balance });
  const add = (amount: number) => (current: { revision: number; balance: number }) => ({
    ...current,
    balance: current.balance + amount,
  });

  it('changes the copy it was made on and keeps its revision', () => {
    expect(changeAt(4, add(10))(credits(4, 50))).toEqual(credits(4, 60));
  });

  it('lets two guesses on one copy add up, and taking one back leaves the other', () => {
    const both = changeAt(4, add(10))(changeAt(4, add(10))(credits(4, 50)));
    expect(both).toEqual(credits(4, 70));
    expect(changeAt(4, add(-10))(both)).toEqual(credits(4, 60));
  });

  it('never writes over a newer server copy', () => {
    const server = credits(5, 60);
    expect(changeAt(4, add(-10))(server)).toBe(server);
  });

  it('has nothing to change while nothing is cached', () => {
    expect(changeAt(4, add(10))(undefined)).toBeUndefined();
  });

  it('keeps the cached object when the change changes nothing', () => {
    const current = credits(4, 50);
    expect(changeAt(4, add(0))(current)).toBe(current);
  });
});
