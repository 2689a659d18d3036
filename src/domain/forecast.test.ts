import { describe, expect, it } from 'vitest';
import { FORECAST_MIN_ACTIVE_DAYS, FORECAST_WINDOW_DAYS, forecastCredits } from './forecast';

describe('forecastCredits', () => {
  it('reads the pace of the last 7 whole days', () => {
    expect(forecastCredits(70, [5, 5, 5, 5, 5, 5, 5])).toEqual({
      daysLeft: 14,
      perDay: 5,
      basisDays: 7,
    });
  });

  it('looks only at the last 7 days of a longer history', () => {
    expect(FORECAST_WINDOW_DAYS).toBe(7);
    const forecast = forecastCredits(40, [100, 100, 100, 2, 2, 2, 2, 2, 2, 2]);
    expect(forecast).toMatchObject({ perDay: 2, daysLeft: 20, basisDays: 7 });
  });

  it('counts quiet days inside the window towards the pace', () => {
    expect(forecastCredits(30, [6, 0, 0, 6, 0, 0, 9])).toMatchObject({ perDay: 3, daysLeft: 10 });
  });

  it('starts the pace at the first day with spending, so a new account is not flattered', () => {
    // Three days of 10 a day: the four empty days before the account was used do not count.
    expect(forecastCredits(70, [0, 0, 0, 0, 10, 10, 10])).toEqual({
      daysLeft: 7,
      perDay: 10,
      basisDays: 3,
    });
  });

  it(`needs at least ${FORECAST_MIN_ACTIVE_DAYS} days with spending`, () => {
    expect(forecastCredits(50, [0, 0, 0, 0, 0, 40, 40])).toBeNull();
    expect(forecastCredits(50, [40, 40])).toBeNull();
    expect(forecastCredits(50, [0, 0, 0, 0, 1, 1, 1])).not.toBeNull();
  });

  it('says nothing without spending', () => {
    expect(forecastCredits(50, [0, 0, 0, 0, 0, 0, 0])).toBeNull();
    expect(forecastCredits(50, [])).toBeNull();
  });

  it('says nothing on an empty balance or on Pro', () => {
    expect(forecastCredits(0, [5, 5, 5, 5, 5, 5, 5])).toBeNull();
    expect(forecastCredits(null, [5, 5, 5, 5, 5, 5, 5])).toBeNull();
  });

  it('rounds down: a balance that will not last the day forecasts 0 days', () => {
    expect(forecastCredits(7, [8, 8, 8, 8, 8, 8, 8])).toMatchObject({ daysLeft: 0 });
    expect(forecastCredits(15, [8, 8, 8, 8, 8, 8, 8])).toMatchObject({ daysLeft: 1 });
  });

  it('refuses a history it cannot trust', () => {
    expect(forecastCredits(50, [5, 5, Number.NaN, 5])).toBeNull();
    expect(forecastCredits(50, [5, 5, -1, 5])).toBeNull();
  });
});
