import { addDays, daysBetween, minDate, type CalendarDate } from '../dates/calendar-date';

/**
 * How many days make a year in the simple-interest formula. Practice writes
 * `somme × jours × taux / (365 × 100)`, but the sources read do not settle whether a leap year
 * counts 366 days, so the user chooses: `'365'` (the default) divides every day by 365,
 * `'actual'` divides each day falling in a leap year by 366.
 */
export type DayCountSetting = '365' | 'actual';

/** The convention used when the user has not chosen one. */
export const DEFAULT_DAY_COUNT: DayCountSetting = '365';

/** Days from `from` to `to`, both included (a one-day period has `from === to`). */
export function countDays(from: CalendarDate, to: CalendarDate): number {
  return daysBetween(from, to) + 1;
}

// Unrounded on purpose: the caller rounds each line once, with `roundToCents`.
/** Simple interest on `baseCents` at `rateBp` from `from` to `to`, both days included. */
export function simpleInterest(
  baseCents: number,
  rateBp: number,
  from: CalendarDate,
  to: CalendarDate,
  setting: DayCountSetting,
): number {
  if (setting === '365') return (baseCents * countDays(from, to) * rateBp) / (365 * 10_000);

  // A period may straddle 31 December, so each calendar year gets its own divisor.
  let interest = 0;
  let cursor = from;
  while (cursor <= to) {
    const year = Number(cursor.slice(0, 4));
    const yearEnd = minDate(`${year}-12-31`, to);
    const yearDays = isLeapYear(year) ? 366 : 365;
    interest += (baseCents * countDays(cursor, yearEnd) * rateBp) / (yearDays * 10_000);
    cursor = addDays(yearEnd, 1);
  }
  return interest;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
