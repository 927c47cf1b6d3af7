import { addDays, dayOfWeek, toCalendarDate, type CalendarDate } from './calendar-date';

/** A public holiday (jour férié): its date and its French name. */
export interface PublicHoliday {
  date: CalendarDate;
  name: string;
}

/** Easter Sunday of a Gregorian year, by the anonymous (Meeus/Jones/Butcher) computus. */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toCalendarDate(year, month, day);
}

/**
 * The 11 public holidays of metropolitan France in a year, in date order (Code du travail,
 * art. L3133-1). Alsace-Moselle adds Good Friday and 26 December, and each overseas département
 * its day of the abolition of slavery; those are not listed. The lundi de Pentecôte stays in the
 * list: many firms work it as the journée de solidarité, but it remains a public holiday.
 */
export function frenchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) => toCalendarDate(year, month, day);
  // Ascension falls between 30 April and 3 June, so the list is sorted, not written in order.
  return [
    { date: fixed(1, 1), name: "Jour de l'an" },
    { date: addDays(easter, 1), name: 'Lundi de Pâques' },
    { date: fixed(5, 1), name: 'Fête du Travail' },
    { date: fixed(5, 8), name: 'Victoire 1945' },
    { date: addDays(easter, 39), name: 'Ascension' },
    { date: addDays(easter, 50), name: 'Lundi de Pentecôte' },
    { date: fixed(7, 14), name: 'Fête nationale' },
    { date: fixed(8, 15), name: 'Assomption' },
    { date: fixed(11, 1), name: 'Toussaint' },
    { date: fixed(11, 11), name: 'Armistice 1918' },
    { date: fixed(12, 25), name: 'Noël' },
  ].sort((left, right) => left.date.localeCompare(right.date));
}

/** True when the date is one of the metropolitan public holidays. */
export function isPublicHoliday(date: CalendarDate): boolean {
  const year = Number(date.slice(0, 4));
  return frenchPublicHolidays(year).some((holiday) => holiday.date === date);
}

/** True on Saturday and Sunday. */
export function isWeekend(date: CalendarDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** True on a jour ouvré: Monday to Friday, public holidays excepted. */
export function isBusinessDay(date: CalendarDate): boolean {
  return !isWeekend(date) && !isPublicHoliday(date);
}

/** The first business day on or after the date: the date itself when it is one. */
export function nextBusinessDay(date: CalendarDate): CalendarDate {
  let day = date;
  while (!isBusinessDay(day)) day = addDays(day, 1);
  return day;
}
