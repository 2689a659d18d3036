import { useEffect, useId, useState, type ReactNode } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import type { AiActionKind } from '@/domain/credits';
import { AI_ACTION_GROUPS } from '@/domain/usage';
import { useMessages } from '@/lib/i18n/locale-context';
import { lazyCode } from '@/lib/scheduling/lazy-code';
import { useLazyCode } from '@/lib/scheduling/use-lazy-code';
import type { LedgerFilters } from '../api/get-ledger';
import { useLedger } from '../api/use-ledger';
import { billingMessages } from '../messages';
import type { BillingMessages } from '../messages/en';
import { SectionError } from './section-error';
import './ledger-history.css';

const virtualLedger = lazyCode(() => import('./virtual-ledger').then((m) => m.VirtualLedger));

type Filter = 'all' | `type:${NonNullable<LedgerFilters['type']>}` | `kind:${AiActionKind}`;

function filtersOf(filter: Filter): LedgerFilters {
  if (filter === 'all') return {};
  const [field, value] = filter.split(':') as ['type' | 'kind', string];
  return field === 'type'
    ? { type: value as LedgerFilters['type'] }
    : { kind: value as AiActionKind };
}

/**
 * The ledger, newest first, grouped by day and filtered by kind on the backend. However long the
 * history, only the rows in view are in the page: older pages load as the list nears its end.
 */
export function LedgerHistory() {
  const { history: copy, groups, kinds } = useMessages(billingMessages);
  const [filter, setFilter] = useState<Filter>('all');
  const ledger = useLedger(filtersOf(filter));
  const titleId = useId();
  const filterId = useId();
  const pages = ledger.data?.pages;
  const total = pages?.[0]?.total ?? 0;
  const loaded = pages?.reduce((sum, page) => sum + page.entries.length, 0) ?? 0;
  // The list's code is asked for just after the frame that first shows the entries has painted:
  // that frame also brings the plan's alert, the page's largest paint. Kept on its figure (issue
  // 26, billing LCP, 17 runs against 15: median 1871 -> 1831 ms, p = 0.047), though it is a race:
  // about half the runs still see the list's chunk land before that paint.
  const hasEntries = total > 0;
  const [entriesPainted, setEntriesPainted] = useState(false);
  useEffect(() => {
    if (!hasEntries || entriesPainted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setEntriesPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [hasEntries, entriesPainted]);
  const list = useLazyCode(virtualLedger, entriesPainted);
  const VirtualLedger = list.value;

  return (
    <div data-slot="ledger-history">
      <div data-slot="ledger-header">
        <div>
          <h3 id={titleId}>{copy.title}</h3>
          <p data-slot="ledger-description">{copy.description}</p>
        </div>
        <div data-slot="ledger-filter">
          <label htmlFor={filterId}>{copy.filterLabel}</label>
          <select
            id={filterId}
            value={filter}
            onChange={(event) => setFilter(event.target.value as Filter)}
          >
            <option value="all">{copy.filterAll}</option>
            <option value="type:grant">{copy.filterGrants}</option>
            <option value="type:ai_action">{copy.filterActions}</option>
            {AI_ACTION_GROUPS.map((group) => (
              <optgroup key={group.id} label={groups[group.id].name}>
                {group.kinds.map((kind) => (
                  <option key={kind} value={`kind:${kind}`}>
                    {kinds[kind].name}
                  </option>
                ))}
              </optgroup>
            ))}
            <option value="type:plan_changed">{copy.filterPlan}</option>
            <option value="type:mode_changed">{copy.filterMode}</option>
          </select>
        </div>
      </div>
      <p data-slot="ledger-count">{pages ? countSentence(loaded, total, copy) : '\u00a0'}</p>

      {pages && total > 0 ? (
        // Until the list's code is in, the box keeps its size with the skeleton, so nothing moves.
        VirtualLedger ? (
          <VirtualLedger
            // A new filter is a new list: start at its top with fresh measurements.
            key={filter}
            pages={pages}
            labelledBy={titleId}
            hasNextPage={ledger.hasNextPage}
            isFetchingNextPage={ledger.isFetchingNextPage}
            fetchNextPageFailed={ledger.isFetchNextPageError}
            fetchNextPage={ledger.fetchNextPage}
          />
        ) : list.failed ? (
          <LedgerBox state="error">
            <SectionError title={copy.error} retryLabel={copy.retry} onRetry={list.retry} />
          </LedgerBox>
        ) : (
          <LedgerBox state="pending" />
        )
      ) : pages ? (
        <LedgerBox state="empty">
          <p data-slot="ledger-empty">{filter === 'all' ? copy.empty : copy.emptyFiltered}</p>
        </LedgerBox>
      ) : ledger.isError ? (
        <LedgerBox state="error">
          <SectionError
            title={copy.error}
            retryLabel={copy.retry}
            onRetry={() => void ledger.refetch()}
          />
        </LedgerBox>
      ) : (
        <LedgerBox state="pending" />
      )}
    </div>
  );
}

/** The list's box while there is no list: the skeleton by default, the same size as the list. */
function LedgerBox({
  state,
  children,
}: {
  state: 'pending' | 'empty' | 'error';
  children?: ReactNode;
}) {
  const copy = useMessages(billingMessages).history;
  return (
    <div data-slot="ledger-box" data-state={state}>
      {children ?? (
        <div aria-busy="true" data-slot="ledger-loading">
          <span className="visually-hidden">{copy.loading}</span>
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} height="3rem" />
          ))}
        </div>
      )}
    </div>
  );
}

/** How many entries there are, and while older ones are still to load, how many of them are in. */
export function countSentence(
  shown: number,
  total: number,
  copy: BillingMessages['history'],
): string {
  return shown >= total ? copy.countAll(total) : copy.countSome(shown, total);
}
