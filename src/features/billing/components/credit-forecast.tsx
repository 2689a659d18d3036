import { forecastCredits } from '@/domain/forecast';
import { useUsage } from '../api/get-usage';
import { planCopy as copy } from '../copy';

/**
 * "At your pace, your credits last about N more days", only when the history supports it.
 * Today is left out: half a day would understate the pace and promise days that are not there.
 */
export function CreditForecast({ balance }: { balance: number | null }) {
  const usage = useUsage();
  if (!usage.data) return null;
  const completedDays = usage.data.days.slice(0, -1).map((day) => day.charged);
  const forecast = forecastCredits(balance, completedDays);
  if (!forecast) return null;
  return <p data-slot="credit-forecast">{copy.forecast(forecast)}</p>;
}
