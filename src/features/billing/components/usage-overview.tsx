import { useId } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import type { Usage } from '@/contract/schemas';
import { SILENT_MODE } from '@/domain/activation-modes';
import type { Plan } from '@/domain/credits';
import { actionsRun, tallyByGroup } from '@/domain/usage';
import { commonMessages } from '@/lib/i18n/common';
import { useFormats, useMessages } from '@/lib/i18n/locale-context';
import { useDeferredArrival } from '@/lib/scheduling/use-deferred-arrival';
import { useUsage } from '../api/get-usage';
import { billingMessages } from '../messages';
import { SectionError } from './section-error';
import './usage-overview.css';

/** The picture before the ledger: the last 14 days, day by day and by kind. */
export function UsageOverview({ plan }: { plan: Plan }) {
  const copy = useMessages(billingMessages).usage;
  const usage = useUsage();
  const data = useDeferredArrival(usage.data);
  return (
    <div data-slot="usage-overview" data-state={data ? 'ready' : usage.status}>
      <h3 data-slot="usage-title">{copy.chartsTitle}</h3>
      {data ? (
        <UsageCharts usage={data} plan={plan} />
      ) : usage.isError ? (
        <SectionError
          title={copy.error}
          retryLabel={copy.retry}
          onRetry={() => void usage.refetch()}
        />
      ) : (
        <div aria-busy="true" data-slot="usage-loading">
          <span className="visually-hidden">{copy.loading}</span>
          <Skeleton height="14rem" />
        </div>
      )}
    </div>
  );
}

export function UsageCharts({ usage, plan }: { usage: Usage; plan: Plan }) {
  const { usage: copy, groups: groupNames } = useMessages(billingMessages);
  const { modes } = useMessages(commonMessages);
  const f = useFormats();
  const dailyId = useId();
  const kindsId = useId();
  // On Free a day's bar is the credits spent; on Pro it is the actions that ran (none metered).
  const valueOf = (tally: { charged: number; unmetered: number }) =>
    plan === 'pro' ? actionsRun({ ...tally, skipped: 0 }) : tally.charged;
  const days = usage.days.map((day) => ({ date: day.date, value: valueOf(day) }));
  const total = days.reduce((sum, day) => sum + day.value, 0);
  const skipped = usage.days.reduce((sum, day) => sum + day.skipped, 0);
  const maxDay = Math.max(1, ...days.map((day) => day.value));
  const groups = tallyByGroup(usage.byKind).map(({ id, tally }) => ({ id, value: valueOf(tally) }));
  const maxGroup = Math.max(1, ...groups.map((group) => group.value));
  const first = days[0]?.date;
  const last = days.at(-1)?.date;

  if (total === 0 && skipped === 0) {
    return <p data-slot="usage-none">{copy.none}</p>;
  }

  return (
    <>
      <p data-slot="usage-total">{plan === 'pro' ? copy.totalPro(total) : copy.totalFree(total)}</p>
      {skipped > 0 && <p data-slot="usage-skipped">{copy.skipped(skipped, modes[SILENT_MODE])}</p>}
      <div data-slot="usage-charts">
        <figure data-slot="usage-figure" aria-labelledby={dailyId}>
          <figcaption id={dailyId}>
            {plan === 'pro' ? copy.dailyPro : copy.dailyFree}
            {first && last && (
              <span data-slot="usage-range">{copy.range(f.day(first), f.day(last))}</span>
            )}
          </figcaption>
          <ol data-slot="usage-days">
            {days.map((day) => {
              const label = f.day(day.date);
              return (
                <li key={day.date} title={label}>
                  <span data-slot="usage-day-value" aria-hidden="true">
                    {f.number(day.value)}
                  </span>
                  <span data-slot="usage-day-track" aria-hidden="true">
                    <span
                      data-slot="usage-day-bar"
                      style={{ height: `${(day.value / maxDay) * 100}%` }}
                    />
                  </span>
                  <span data-slot="usage-day-label" aria-hidden="true">
                    {f.number(Number(day.date.slice(8)))}
                  </span>
                  <span className="visually-hidden">
                    {plan === 'pro'
                      ? copy.dayValuePro(label, day.value)
                      : copy.dayValueFree(label, day.value)}
                  </span>
                </li>
              );
            })}
          </ol>
        </figure>
        <figure data-slot="usage-figure" aria-labelledby={kindsId}>
          <figcaption id={kindsId}>{copy.byKind}</figcaption>
          <ul data-slot="usage-kinds">
            {groups.map((group) => (
              <li key={group.id}>
                <span data-slot="usage-kind-name">{groupNames[group.id].name}</span>
                <span data-slot="usage-kind-track" aria-hidden="true">
                  <span
                    data-slot="usage-kind-bar"
                    style={{ width: `${(group.value / maxGroup) * 100}%` }}
                  />
                </span>
                <span data-slot="usage-kind-value">{f.number(group.value)}</span>
              </li>
            ))}
          </ul>
        </figure>
      </div>
    </>
  );
}
