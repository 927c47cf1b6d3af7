import { addDays, daysBetween, type CalendarDate } from '../dates/calendar-date';

// The reports compare hundreds of thousands of dates drawn from a few hundred distinct days;
// remembering each day's number saves parsing the same string again and again.
const EPOCH = '1970-01-01';
const known = new Map<CalendarDate, number>();

/** Days since 1970-01-01: subtract two of them to get the days between two dates. */
export function dayNumber(date: CalendarDate): number {
  let value = known.get(date);
  if (value === undefined) {
    value = daysBetween(EPOCH, date);
    if (known.size > 100_000) known.clear();
    known.set(date, value);
  }
  return value;
}

/** Whole days from `from` to `to`, like `daysBetween`, for hot loops. */
export function daysFromTo(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

const shifted = new Map<string, CalendarDate>();

/** `addDays` remembered: the reports shift the same few dates for every debtor. */
export function shiftDate(date: CalendarDate, days: number): CalendarDate {
  const key = `${date}|${days}`;
  let value = shifted.get(key);
  if (value === undefined) {
    value = addDays(date, days);
    if (shifted.size > 10_000) shifted.clear();
    shifted.set(key, value);
  }
  return value;
}
