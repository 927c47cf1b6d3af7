import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { frenchPublicHolidays } from '../../src-shared/dates/french-holidays';
import { shiftDays, weekdayOf } from './day-cache';

// The shared helper lists a year's holidays on every call; the generator asks hundreds of
// thousands of times, so each year's list is kept once as a set.
const holidaysByYear = new Map<number, ReadonlySet<CalendarDate>>();

/** True from Monday to Friday outside metropolitan public holidays. */
export function isWorkingDay(date: CalendarDate): boolean {
  const day = weekdayOf(date);
  if (day === 0 || day === 6) return false;
  return !holidaysOf(Number(date.slice(0, 4))).has(date);
}

/** The date itself when it is a working day, else the next one (banks credit on working days). */
export function onOrAfterWorkingDay(date: CalendarDate): CalendarDate {
  let day = date;
  while (!isWorkingDay(day)) day = shiftDays(day, 1);
  return day;
}

function holidaysOf(year: number): ReadonlySet<CalendarDate> {
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    holidays = new Set(frenchPublicHolidays(year).map((holiday) => holiday.date));
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}
