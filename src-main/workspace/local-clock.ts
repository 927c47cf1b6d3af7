import { toCalendarDate, type CalendarDate } from '../../src-shared/dates/calendar-date';

/** Today's date where the user is (the machine's local time zone). */
export function localToday(now: Date = new Date()): CalendarDate {
  return toCalendarDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
