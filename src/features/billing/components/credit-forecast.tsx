import { Skeleton } from '@/components/ui/skeleton';
import { forecastCredits } from '@/domain/forecast';
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
    <p data-slot="credit-forecast">{forecast ? copy.forecast(forecast) : copy.forecastUnknown}</p>
  );
}
