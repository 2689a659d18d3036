import { describe, expect, it } from 'vitest';
import { AI_ACTION_KINDS } from './credits';
import {
  AI_ACTION_GROUPS,
  calendarDays,
  countAction,
  dayKeyIn,
  groupOf,
  isTimeZone,
  localDayKey,
  summariseUsage,
  tallyByGroup,
  withDayHeaders,
  type UsageCounts,
} from './usage';

describe('AI action groups', () => {
  it('lists every kind in exactly one group', () => {
    const listed = AI_ACTION_GROUPS.flatMap((group) => [...group.kinds]);
    expect([...listed].sort()).toEqual([...AI_ACTION_KINDS].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('finds the group of a kind', () => {
    expect(groupOf('auto_like')).toBe('conversations');
    expect(groupOf('scenario_ai_condition')).toBe('scenarios');
    expect(groupOf('ask_information_detection')).toBe('question_steps');
    expect(groupOf('shopify_product_reply')).toBe('shopify');
    expect(groupOf('test_chat_reply')).toBe('testing');
  });

  it('folds tallies per kind into one per group, every group listed in order', () => {
    const groups = tallyByGroup([
      { kind: 'dm_reply', charged: 2, skipped: 1, unmetered: 0 },
      { kind: 'auto_like', charged: 1, skipped: 0, unmetered: 3 },
      { kind: 'shopify_product_reply', charged: 0, skipped: 0, unmetered: 4 },
    ]);
    expect(groups).toEqual([
      { id: 'conversations', tally: { charged: 3, skipped: 1, unmetered: 3 } },
      { id: 'scenarios', tally: { charged: 0, skipped: 0, unmetered: 0 } },
      { id: 'question_steps', tally: { charged: 0, skipped: 0, unmetered: 0 } },
      { id: 'shopify', tally: { charged: 0, skipped: 0, unmetered: 4 } },
      { id: 'testing', tally: { charged: 0, skipped: 0, unmetered: 0 } },
    ]);
  });
});

describe('calendar days', () => {
  it('reads the day in the given time zone', () => {
    const instant = '2026-11-24T23:30:00.000Z';
    expect(dayKeyIn('UTC')(instant)).toBe('2026-11-24');
    expect(dayKeyIn('Europe/Paris')(instant)).toBe('2026-11-25');
    expect(dayKeyIn('America/Los_Angeles')(instant)).toBe('2026-11-24');
    // A 45-minute offset: the quarter-hour cache must not blur the day boundary.
    expect(dayKeyIn('Asia/Kathmandu')('2026-11-24T18:14:59.000Z')).toBe('2026-11-24');
    expect(dayKeyIn('Asia/Kathmandu')('2026-11-24T18:15:00.000Z')).toBe('2026-11-25');
  });

  it('tells a time zone from nonsense', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('lists consecutive days across month and year ends, oldest first', () => {
    expect(calendarDays('2027-01-02', 4)).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
    expect(calendarDays('2028-03-01', 2)).toEqual(['2028-02-29', '2028-03-01']);
  });

  it('reads the local day of an instant', () => {
    expect(localDayKey('2026-11-24T12:00:00.000Z')).toMatch(/^2026-11-2[345]$/);
  });
});

describe('summariseUsage', () => {
  const counts: UsageCounts = new Map();
  countAction(counts, '2026-10-31', 'dm_reply', 'charged');
  countAction(counts, '2026-11-01', 'dm_reply', 'charged');
  countAction(counts, '2026-11-01', 'dm_reply', 'charged');
  countAction(counts, '2026-11-02', 'auto_like', 'skipped');
  countAction(counts, '2026-11-02', 'test_chat_reply', 'unmetered');
  const summary = summariseUsage(counts, calendarDays('2026-11-02', 3), AI_ACTION_KINDS);

  it('tallies each day of the window, zeros included', () => {
    expect(summary.days).toEqual([
      { date: '2026-10-31', charged: 1, skipped: 0, unmetered: 0 },
      { date: '2026-11-01', charged: 2, skipped: 0, unmetered: 0 },
      { date: '2026-11-02', charged: 0, skipped: 1, unmetered: 1 },
    ]);
  });

  it('tallies every kind over the window', () => {
    expect(summary.byKind).toHaveLength(AI_ACTION_KINDS.length);
    expect(summary.byKind.find((k) => k.kind === 'dm_reply')).toMatchObject({ charged: 3 });
  });

  it('tallies the current month only', () => {
    expect(summary.month).toMatchObject({ month: '2026-11', charged: 2, skipped: 1, unmetered: 1 });
    expect(summary.month.byKind.find((k) => k.kind === 'dm_reply')).toMatchObject({ charged: 2 });
  });
});

describe('withDayHeaders', () => {
  const entry = (at: string) => ({ at });
  const dayOf = (iso: string) => iso.slice(0, 10);

  it('puts a header before each new day', () => {
    const { rows, lastDay } = withDayHeaders(
      [entry('2026-11-24T10:00Z'), entry('2026-11-24T09:00Z'), entry('2026-11-23T22:00Z')],
      dayOf,
    );
    expect(rows.map((row) => (row.type === 'day' ? row.day : row.entry.at))).toEqual([
      '2026-11-24',
      '2026-11-24T10:00Z',
      '2026-11-24T09:00Z',
      '2026-11-23',
      '2026-11-23T22:00Z',
    ]);
    expect(lastDay).toBe('2026-11-23');
  });

  it('does not repeat the header of a day that continues from the previous page', () => {
    const { rows } = withDayHeaders([entry('2026-11-23T08:00Z')], dayOf, '2026-11-23');
    expect(rows).toEqual([{ type: 'entry', entry: entry('2026-11-23T08:00Z') }]);
  });
});
