/**
 * How long a Free balance lasts at the merchant's recent pace, or nothing when the history cannot
 * say. A forecast is a promise a worried merchant acts on: when in doubt, say nothing.
 */

/** The pace is read over at most this many whole days before today. */
export const FORECAST_WINDOW_DAYS = 7;

/** Fewer days with spending than this in the window is an anecdote, not a pace. */
export const FORECAST_MIN_ACTIVE_DAYS = 3;

export interface CreditForecast {
  /** Whole days the balance lasts at this pace (rounded down: 0 means "within a day"). */
  daysLeft: number;
  /** Credits spent per day over the basis. */
  perDay: number;
  /** Days the pace was read over: from the first day with spending in the window to yesterday. */
  basisDays: number;
}

/**
 * `completedDays`: credits charged per whole day, oldest first, the last one being yesterday
 * (today is not over, so it would understate the pace). `balance` is null on Pro: nothing to
 * forecast. The pace runs from the first day with spending in the window, so a new account's
 * days before it existed do not water the pace down and promise days that are not there.
 */
export function forecastCredits(
  balance: number | null,
  completedDays: readonly number[],
): CreditForecast | null {
  if (balance === null || balance <= 0) return null;
  const window = completedDays.slice(-FORECAST_WINDOW_DAYS);
  if (window.some((spent) => !Number.isFinite(spent) || spent < 0)) return null;

  const activeDays = window.filter((spent) => spent > 0).length;
  if (activeDays < FORECAST_MIN_ACTIVE_DAYS) return null;

  const firstActive = window.findIndex((spent) => spent > 0);
  const basis = window.slice(firstActive);
  const spent = basis.reduce((sum, day) => sum + day, 0);
  const perDay = spent / basis.length;
  return { daysLeft: Math.floor(balance / perDay), perDay, basisDays: basis.length };
}
