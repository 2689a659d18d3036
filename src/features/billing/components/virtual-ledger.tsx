import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { LedgerEntryDto, LedgerPage } from '@/contract/schemas';
import { localDayKey, withDayHeaders, type DayRow } from '@/domain/usage';
import { useFormats, useMessages } from '@/lib/i18n/locale-context';
import { billingMessages } from '../messages';
import { LedgerRowContent } from './ledger-row';

/*
 * The history's list, a chunk of its own (TanStack Virtual and the rows) that LedgerHistory fetches
 * just after the frame that first shows entries has painted. Built as TanStack Virtual's "dynamic" example (rows measured as they
 * mount) and its "sticky" one (the top row's day header pinned with `position: sticky`).
 */

/**
 * Row heights, also the rows' minimum heights in ledger-history.css: a row that measures what was
 * estimated never moves the scroll position. Rows that wrap (narrow screens, large text) grow.
 */
const DAY_ROW_REM = 2.5;
const ENTRY_ROW_REM = 4;

/** Start fetching the next page this many rows before the end, so scrolling rarely waits. */
const PREFETCH_ROWS = 60;

function rootFontSize(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

export function VirtualLedger({
  pages,
  labelledBy,
  hasNextPage,
  isFetchingNextPage,
  fetchNextPageFailed,
  fetchNextPage,
}: {
  pages: readonly LedgerPage[];
  labelledBy: string;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPageFailed: boolean;
  fetchNextPage: () => Promise<unknown>;
}) {
  const f = useFormats();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [rem] = useState(rootFontSize);

  // The rows of every page, and for each row the index of its day's header (pinned while the row
  // is at the top). A day that runs on from one page into the next keeps its one header.
  const { rows, headerOf } = useMemo(() => {
    const rows: DayRow<LedgerEntryDto>[] = [];
    const headerOf: number[] = [];
    let previousDay: string | undefined;
    let header = 0;
    for (const page of pages) {
      const paged = withDayHeaders(page.entries, localDayKey, previousDay);
      for (const row of paged.rows) {
        if (row.type === 'day') header = rows.length;
        headerOf.push(header);
        rows.push(row);
      }
      previousDay = paged.lastDay;
    }
    return { rows, headerOf };
  }, [pages]);

  // Stable while the rows are: the virtualizer recomputes every row's position when getItemKey
  // changes, and its range when rangeExtractor does.
  const getItemKey = useCallback(
    (index: number) => {
      const row = rows[index];
      // One row after the entries says what is below: more loading, a failure, or the very start.
      if (!row) return 'end';
      return row.type === 'day' ? `day-${row.day}` : row.entry.id;
    },
    [rows],
  );
  // The docs' sticky example: the top row's day header is always rendered, to be pinned.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const pinned = headerOf[range.startIndex] ?? 0;
      return [...new Set([pinned, ...defaultRangeExtractor(range)])].sort((a, b) => a - b);
    },
    [headerOf],
  );

  // The virtualizer is one mutable instance, so React Compiler skips this component and the lint
  // rule warns on every useVirtualizer (TanStack/virtual#736); `npm run lint` allows no warnings.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length + 1,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.type === 'day' ? DAY_ROW_REM : ENTRY_ROW_REM) * rem,
    getItemKey,
    rangeExtractor,
    overscan: 10,
  });

  const items = virtualizer.getVirtualItems();
  const pinned = headerOf[virtualizer.range?.startIndex ?? 0];
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (
      lastIndex >= rows.length - PREFETCH_ROWS &&
      hasNextPage &&
      !isFetchingNextPage &&
      !fetchNextPageFailed
    ) {
      void fetchNextPage();
    }
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, fetchNextPageFailed, fetchNextPage]);

  return (
    <div
      ref={scrollRef}
      data-slot="ledger-box"
      data-state="ready"
      role="region"
      aria-labelledby={labelledBy}
      // Focusable so the keyboard scrolls it (arrows, Page Down, End).
      tabIndex={0}
    >
      <ul data-slot="ledger-list" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index];
          const isPinned = item.index === pinned && row?.type === 'day';
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              data-slot={row?.type === 'day' ? 'ledger-day' : row ? 'ledger-row' : 'ledger-end'}
              // The pinned header is sticky at the list's top; every other row sits at its start.
              data-pinned={isPinned || undefined}
              style={isPinned ? undefined : { transform: `translateY(${item.start}px)` }}
            >
              {row?.type === 'day' ? (
                <h4>{f.day(row.day)}</h4>
              ) : row ? (
                <LedgerRowContent entry={row.entry} />
              ) : (
                <ListEnd
                  hasNextPage={hasNextPage}
                  failed={fetchNextPageFailed}
                  onRetry={() => void fetchNextPage()}
                />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function ListEnd({
  hasNextPage,
  failed,
  onRetry,
}: {
  hasNextPage: boolean;
  failed: boolean;
  onRetry: () => void;
}) {
  const copy = useMessages(billingMessages).history;
  if (failed) {
    return (
      <p data-slot="ledger-end-text" role="alert">
        {copy.loadMoreFailed}{' '}
        <Button variant="secondary" onClick={onRetry}>
          {copy.retry}
        </Button>
      </p>
    );
  }
  return (
    <p data-slot="ledger-end-text" aria-busy={hasNextPage || undefined}>
      {hasNextPage ? copy.loadingMore : copy.start}
    </p>
  );
}
