import { Skeleton } from '@/components/ui/skeleton';
import { SILENT_MODE } from '@/domain/activation-modes';
import { actionsRun, tallyByGroup } from '@/domain/usage';
import { commonMessages } from '@/lib/i18n/common';
import { useFormats, useMessages } from '@/lib/i18n/locale-context';
import { useUsage } from '../api/get-usage';
import { billingMessages } from '../messages';
import { SectionError } from './section-error';

/** Pro: this month's AI use as plain counts. No balance, no meter: nothing here runs out. */
export function ProMonthUsage() {
  const { plan: copy, groups: groupNames } = useMessages(billingMessages);
  const { modes } = useMessages(commonMessages);
  const f = useFormats();
  const usage = useUsage();

  if (usage.isError && !usage.data) {
    return (
      <SectionError
        title={copy.proMonthError}
        retryLabel={copy.retry}
        onRetry={() => void usage.refetch()}
      />
    );
  }
  if (!usage.data) {
    return (
      <div data-slot="pro-month" aria-busy="true">
        <span className="visually-hidden">{copy.proMonthLoading}</span>
        <Skeleton width="60%" height="2.25rem" />
        <Skeleton height="12rem" />
      </div>
    );
  }

  const { month } = usage.data;
  const groups = tallyByGroup(month.byKind).map(({ id, tally }) => ({
    id,
    count: actionsRun(tally),
  }));

  return (
    <div data-slot="pro-month">
      <p data-slot="pro-month-total">{copy.proMonthActions(actionsRun(month))}</p>
      <dl data-slot="pro-month-groups">
        {groups.map((group) => (
          <div key={group.id}>
            <dt>{groupNames[group.id].name}</dt>
            <dd>{f.number(group.count)}</dd>
          </div>
        ))}
      </dl>
      {month.skipped > 0 && (
        <p data-slot="plan-note">{copy.proMonthSkipped(month.skipped, modes[SILENT_MODE])}</p>
      )}
      <p data-slot="plan-note">{copy.proMonthNote}</p>
    </div>
  );
}
