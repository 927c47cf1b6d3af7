import {
  addDays,
  dayOfWeek,
  daysBetween,
  type CalendarDate,
} from '../../src-shared/dates/calendar-date';

// The shared date helpers go through Date and an ISO string on every call (about 2 µs). The
// generator shifts dates a million times at benchmark scale, always over the same few thousand
// days, so each day is converted once by the shared helpers and then looked up.
const ORIGIN: CalendarDate = '2000-01-01';
const ORIGIN_WEEKDAY = dayOfWeek(ORIGIN);
const numberByDate = new Map<CalendarDate, number>();
const dateByNumber = new Map<number, CalendarDate>();

/** The date `days` days after `date` (before when negative); same result as `addDays`. */
export function shiftDays(date: CalendarDate, days: number): CalendarDate {
  return dateOf(dayNumber(date) + days);
}

/** Day of the week, 0 = Sunday … 6 = Saturday; same result as `dayOfWeek`. */
export function weekdayOf(date: CalendarDate): number {
  return (((ORIGIN_WEEKDAY + dayNumber(date)) % 7) + 7) % 7;
}

function dayNumber(date: CalendarDate): number {
  let number = numberByDate.get(date);
  if (number === undefined) {
    number = daysBetween(ORIGIN, date);
    numberByDate.set(date, number);
    dateByNumber.set(number, date);
  }
  return number;
}

function dateOf(number: number): CalendarDate {
  let date = dateByNumber.get(number);
  if (date === undefined) {
    date = addDays(ORIGIN, number);
    dateByNumber.set(number, date);
    numberByDate.set(date, number);
  }
  return date;
}
