import { Skeleton } from '@/components/ui/skeleton';
import { forecastCredits, type CreditForecast as Forecast } from '@/domain/forecast';
import { useMessages } from '@/lib/i18n/locale-context';
import { useUsage } from '../api/get-usage';
import { billingMessages } from '../messages';
import type { BillingMessages } from '../messages/en';

/**
 * "At your pace, your credits last about N more days", only when the history supports it; until
 * it does, a line that says why there is no estimate yet. Today is left out: half a day would
 * understate the pace and promise days that are not there.
 */
export function CreditForecast({ balance }: { balance: number | null }) {
  const copy = useMessages(billingMessages).plan;
  const usage = useUsage();
  // Pro has nothing to forecast and an empty balance says so above; a failed history has its own
  // error in the usage section.
  if (balance === null || balance <= 0 || usage.isError) return null;
  if (!usage.data) {
    return (
      <p data-slot="credit-forecast" aria-busy="true">
        <Skeleton height="1lh" />
      </p>
    );
  }
  const completedDays = usage.data.days.slice(0, -1).map((day) => day.charged);
  const forecast = forecastCredits(balance, completedDays);
  return (
    <p data-slot="credit-forecast">
      {forecast ? forecastSentence(forecast, copy) : copy.forecastUnknown}
    </p>
  );
}

/** The pace to one decimal, with either "within a day" or how many more days. */
export function forecastSentence(
  { daysLeft, perDay, basisDays }: Forecast,
  copy: BillingMessages['plan'],
): string {
  const pace = Math.round(perDay * 10) / 10;
  return daysLeft === 0
    ? copy.forecastWithinDay(basisDays, pace)
    : copy.forecastDays(basisDays, pace, daysLeft);
}
