import {
  defaultRangeExtractor,
  elementScroll,
  useVirtualizer,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { LedgerEntryDto, LedgerPage } from '@/contract/schemas';
import { localDayKey, withDayHeaders, type DayRow } from '@/domain/usage';
import { useFormats, useMessages } from '@/lib/i18n/locale-context';
import { billingMessages } from '../messages';
import { LedgerRowContent } from './ledger-row';

/*
 * The history's list: a chunk of its own with the virtualizer (TanStack Virtual and the rows,
 * 11.8 KB gzip, which were more than half of the billing route's), fetched once the ledger's data
 * is in. It sits below a phone's first screen: the billing route's own chunk no longer carries it.
 */

type Row = DayRow<LedgerEntryDto>;

/** Rows of one page, kept per page object: a new page costs its own rows, not the whole list. */
const rowsByPage = new WeakMap<
  LedgerPage,
  { previousDay: string | undefined; rows: Row[]; lastDay: string | undefined }
>();

function rowsOf(pages: readonly LedgerPage[]) {
  const rows: Row[] = [];
  const headers: number[] = [];
  let previousDay: string | undefined;
  for (const page of pages) {
    let cached = rowsByPage.get(page);
    if (!cached || cached.previousDay !== previousDay) {
      cached = { previousDay, ...withDayHeaders(page.entries, localDayKey, previousDay) };
      rowsByPage.set(page, cached);
    }
    for (const row of cached.rows) {
      if (row.type === 'day') headers.push(rows.length);
      rows.push(row);
    }
    previousDay = cached.lastDay;
  }
  return { rows, headers };
}

/** The last day header at or above `index`: the one that stays pinned at the top. */
function headerFor(headers: readonly number[], index: number): number {
  let low = 0;
  let high = headers.length - 1;
  let found = headers[0] ?? 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const candidate = headers[middle]!;
    if (candidate <= index) {
      found = candidate;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * Row heights, also the rows' minimum heights in the CSS. When a row measures what was estimated,
 * the list never corrects its scroll position, which would cut short a keyboard scroll (End) in
 * flight. Rows that wrap onto more lines (narrow screens, large text) are measured as they are.
 */
const DAY_ROW_REM = 2.5;
const ENTRY_ROW_REM = 4;

/**
 * The scroll box's size as ResizeObserver reports it, handed to the virtualizer in the next frame
 * (as its own row observer does with `useAnimationFrameWithResizeObserver`).
 */
function observeBorderBox(
  instance: Virtualizer<HTMLDivElement, Element>,
  onRect: (rect: { width: number; height: number }) => void,
) {
  const element = instance.scrollElement;
  if (!element) return;
  let frame = 0;
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize[0];
    if (!box) return;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() =>
      onRect({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) }),
    );
  });
  observer.observe(element);
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
  };
}

function rootFontSize(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** Boxes the virtualizer has asked to scroll at least once (the first ask may be skipped). */
const written = new WeakSet<Element>();

/**
 * The virtualizer's own scroll write, except its first one for a box when that is to the top: it
 * writes the offset it knows as it mounts, and a box it has just been given is already at its
 * top. Writing it anyway made the browser lay out the whole page inside the list's first commit.
 */
const scrollBox: typeof elementScroll = (offset, options, instance) => {
  const box = instance.scrollElement;
  if (box && !written.has(box)) {
    written.add(box);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
};

/** Start fetching the next page this many rows before the end, so scrolling rarely waits. */
const PREFETCH_ROWS = 60;

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
  const { rows, headers } = useMemo(() => rowsOf(pages), [pages]);
  // One row after the entries says what is below: more loading, a failure, or the very start.
  const count = rows.length + 1;

  // Stable between scroll frames: the list recomputes every row's position when these change.
  const estimateSize = useCallback(
    (index: number) => (rows[index]?.type === 'day' ? DAY_ROW_REM : ENTRY_ROW_REM) * rem,
    [rows, rem],
  );
  const getItemKey = useCallback(
    (index: number) => {
      const row = rows[index];
      if (!row) return 'end';
      if (row.type === 'entry') return row.entry.id;
      const next = rows[index + 1];
      return `day-${next?.type === 'entry' ? next.entry.id : index}`;
    },
    [rows],
  );

  const rangeExtractor = useCallback(
    (range: Range) => {
      const pinned = headerFor(headers, range.startIndex);
      return [...new Set([pinned, ...defaultRangeExtractor(range)])].sort((a, b) => a - b);
    },
    [headers],
  );

  // TanStack Virtual hands back a mutable instance; React Compiler leaves this component alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 10,
    rangeExtractor,
    // Sizes come from ResizeObserver, after the browser's own layout, never by reading layout
    // while the list mounts (which made the browser lay out the page inside that task). Until
    // they come: the box is never taller than the window, and a row is its estimate.
    initialRect: { width: 0, height: window.innerHeight },
    observeElementRect: observeBorderBox,
    scrollToFn: scrollBox,
    // A size that changes re-renders the list: in the next frame, not inside the observer's own
    // callback, where new rows would be observed in a loop the browser reports as an error.
    useAnimationFrameWithResizeObserver: true,
    measureElement: (element, entry, instance) => {
      const box = entry?.borderBoxSize[0];
      if (box) return Math.round(box.blockSize);
      const index = instance.indexFromElement(element);
      return instance.itemSizeCache.get(getItemKey(index)) ?? estimateSize(index);
    },
  });

  const items = virtualizer.getVirtualItems();
  const pinned = headerFor(headers, virtualizer.range?.startIndex ?? 0);
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
