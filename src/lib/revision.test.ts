import { describe, expect, it } from 'vitest';
import { newest } from './revision';

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

  it('keeps the cached object when only the revision moved, so readers do not re-render', () => {
    const current = agent(9);
    expect(newest(agent(10))(current)).toBe(current);
  });
});
