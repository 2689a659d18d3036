import { Skeleton } from '@/components/ui/skeleton';
import { forecastCredits, type CreditForecast as Forecast } from '@/domain/forecast';
import { useUsage } from '../api/get-usage';
import { planCopy as copy } from '../copy';

/**
 * "At your pace, your credits last about N more days", only when the history supports it; until
 * it does, a line that says why there is no estimate yet. Today is left out: half a day would
 * understate the pace and promise days that are not there.
 */
export function CreditForecast({ balance }: { balance: number | null }) {
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
      {forecast ? forecastSentence(forecast) : copy.forecastUnknown}
    </p>
  );
}

/** The pace to one decimal, then either "within a day" or how many more days. */
export function forecastSentence({ daysLeft, perDay, basisDays }: Forecast): string {
  const pace = copy.forecastPace(basisDays, Math.round(perDay * 10) / 10);
  return daysLeft === 0 ? copy.forecastWithinDay(pace) : copy.forecastDays(pace, daysLeft);
}
