import type { AiActionKind } from './credits';
import type { AiActionOutcome } from './ledger';

/**
 * How AI use is counted and grouped for people: the five families a merchant recognises, tallies
 * per calendar day in the merchant's time zone, and day headers for a long list of entries.
 */

/** Every AI action kind in exactly one family, in the order the billing page lists them. */
export const AI_ACTION_GROUPS = [
  {
    id: 'conversations',
    kinds: ['dm_reply', 'auto_like', 'intent_detection', 'contact_property_detection'],
  },
  {
    id: 'scenarios',
    kinds: [
      'scenario_auto_dm',
      'scenario_ai_message',
      'scenario_auto_comment',
      'scenario_hand_over_check',
      'scenario_ai_condition',
    ],
  },
  { id: 'question_steps', kinds: ['ask_question_match', 'ask_information_detection'] },
  { id: 'shopify', kinds: ['shopify_product_reply'] },
  { id: 'testing', kinds: ['test_chat_reply'] },
] as const satisfies readonly { id: string; kinds: readonly AiActionKind[] }[];

export type AiActionGroupId = (typeof AI_ACTION_GROUPS)[number]['id'];

const GROUP_OF = new Map<AiActionKind, AiActionGroupId>(
  AI_ACTION_GROUPS.flatMap((group) => group.kinds.map((kind) => [kind, group.id] as const)),
);

export function groupOf(kind: AiActionKind): AiActionGroupId {
  // Every kind is listed (a unit test holds it), so the fallback is never reached.
  return GROUP_OF.get(kind) ?? 'conversations';
}

/** Tallies per kind folded into one tally per family, in the order of `AI_ACTION_GROUPS`. */
export function tallyByGroup(
  byKind: readonly (UsageTally & { kind: AiActionKind })[],
): { id: AiActionGroupId; tally: UsageTally }[] {
  const tallies = new Map<AiActionGroupId, UsageTally>();
  for (const entry of byKind) {
    const id = groupOf(entry.kind);
    tallies.set(id, addTallies(tallies.get(id) ?? emptyTally(), entry));
  }
  return AI_ACTION_GROUPS.map((group) => ({
    id: group.id,
    tally: tallies.get(group.id) ?? emptyTally(),
  }));
}

export interface UsageTally {
  charged: number;
  skipped: number;
  unmetered: number;
}

export function emptyTally(): UsageTally {
  return { charged: 0, skipped: 0, unmetered: 0 };
}

export function addTallies(a: UsageTally, b: UsageTally): UsageTally {
  return {
    charged: a.charged + b.charged,
    skipped: a.skipped + b.skipped,
    unmetered: a.unmetered + b.unmetered,
  };
}

/** Actions that ran (charged on Free, included on Pro); skipped ones did nothing and cost nothing. */
export function actionsRun(tally: UsageTally): number {
  return tally.charged + tally.unmetered;
}

/** A calendar day as `YYYY-MM-DD`; sorts as text in date order. */
export type DayKey = string;

export { isTimeZone } from './time-zone';

const QUARTER_HOUR = 15 * 60 * 1000;

/**
 * The calendar day of an instant in a time zone. Every offset in use is a whole number of quarter
 * hours, so all instants of one quarter hour share a day: the Intl call runs once per quarter hour,
 * which keeps counting a month of a busy account's actions cheap.
 */
export function dayKeyIn(timeZone: string): (iso: string) => DayKey {
  const format = new Intl.DateTimeFormat('en', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const cache = new Map<number, DayKey>();
  return (iso) => {
    const bucket = Math.floor(Date.parse(iso) / QUARTER_HOUR);
    let key = cache.get(bucket);
    if (key === undefined) {
      const parts = format.formatToParts(new Date(bucket * QUARTER_HOUR));
      const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
      key = `${part('year')}-${part('month')}-${part('day')}`;
      cache.set(bucket, key);
    }
    return key;
  };
}

/** The calendar day of an instant where this code runs (the merchant's own clock). */
export function localDayKey(iso: string): DayKey {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `count` consecutive calendar days ending with `lastDay`, oldest first. */
export function calendarDays(lastDay: DayKey, count: number): DayKey[] {
  const [year, month, day] = lastDay.split('-').map(Number) as [number, number, number];
  return Array.from({ length: count }, (_, index) =>
    new Date(Date.UTC(year, month - 1, day - (count - 1 - index))).toISOString().slice(0, 10),
  );
}

/** `YYYY-MM` of a day. */
export function monthOf(day: DayKey): string {
  return day.slice(0, 7);
}

/** Counts per day and kind: the whole of what a usage summary needs, small whatever the ledger. */
export type UsageCounts = Map<DayKey, Map<AiActionKind, UsageTally>>;

export function countAction(
  counts: UsageCounts,
  day: DayKey,
  kind: AiActionKind,
  outcome: AiActionOutcome,
): void {
  let byKind = counts.get(day);
  if (!byKind) counts.set(day, (byKind = new Map<AiActionKind, UsageTally>()));
  let tally = byKind.get(kind);
  if (!tally) byKind.set(kind, (tally = emptyTally()));
  tally[outcome] += 1;
}

export interface UsageSummary {
  /** One per day of the window, oldest first; the last is today. */
  days: (UsageTally & { date: DayKey })[];
  /** Over the window, every kind (zeros included) in a stable order. */
  byKind: (UsageTally & { kind: AiActionKind })[];
  /** The calendar month that today is in, up to now. */
  month: UsageTally & { month: string; byKind: (UsageTally & { kind: AiActionKind })[] };
}

/** Folds counts into the window of `days` (ending today) and the current month. */
export function summariseUsage(
  counts: UsageCounts,
  days: readonly DayKey[],
  kinds: readonly AiActionKind[],
): UsageSummary {
  const today = days.at(-1) ?? '';
  const month = monthOf(today);
  const inWindow = new Set(days);
  const windowByKind = new Map(kinds.map((kind) => [kind, emptyTally()]));
  const monthByKind = new Map(kinds.map((kind) => [kind, emptyTally()]));

  for (const [day, byKind] of counts) {
    for (const [kind, tally] of byKind) {
      if (inWindow.has(day)) windowByKind.set(kind, addTallies(windowByKind.get(kind)!, tally));
      if (monthOf(day) === month && day <= today)
        monthByKind.set(kind, addTallies(monthByKind.get(kind)!, tally));
    }
  }

  const total = (byKind: Map<DayKey, UsageTally> | undefined) =>
    [...(byKind?.values() ?? [])].reduce(addTallies, emptyTally());
  const list = (byKind: Map<AiActionKind, UsageTally>) =>
    kinds.map((kind) => ({ kind, ...byKind.get(kind)! }));

  return {
    days: days.map((date) => ({ date, ...total(counts.get(date)) })),
    byKind: list(windowByKind),
    month: { month, ...total(monthByKind), byKind: list(monthByKind) },
  };
}

export type DayRow<T> = { type: 'day'; day: DayKey } | { type: 'entry'; entry: T };

/**
 * Rows for a newest-first list with a header before each new day. `previousDay` is the day of the
 * row just above (the end of the previous page), so a day that spans two pages gets one header.
 */
export function withDayHeaders<T extends { at: string }>(
  entries: readonly T[],
  dayOf: (iso: string) => DayKey,
  previousDay?: DayKey,
): { rows: DayRow<T>[]; lastDay: DayKey | undefined } {
  const rows: DayRow<T>[] = [];
  let current = previousDay;
  for (const entry of entries) {
    const day = dayOf(entry.at);
    if (day !== current) {
      rows.push({ type: 'day', day });
      current = day;
    }
    rows.push({ type: 'entry', entry });
  }
  return { rows, lastDay: current };
}
