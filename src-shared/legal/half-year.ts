import { addDays, minDate, type CalendarDate } from '../dates/calendar-date';

/** A half-year (semestre): the period for which interest rates are fixed. */
export interface HalfYear {
  year: number;
  half: 1 | 2;
  start: CalendarDate;
  end: CalendarDate;
}

/** A stretch of days inside one half-year. */
export interface HalfYearSlice {
  from: CalendarDate;
  to: CalendarDate;
  halfYear: HalfYear;
}

/** The half-year a date falls in. */
export function halfYearOf(date: CalendarDate): HalfYear {
  const year = Number(date.slice(0, 4));
  if (Number(date.slice(5, 7)) <= 6) {
    return { year, half: 1, start: `${year}-01-01`, end: `${year}-06-30` };
  }
  return { year, half: 2, start: `${year}-07-01`, end: `${year}-12-31` };
}

/** True for 1 January and 1 July, the only days a half-year rate can start. */
export function isHalfYearStart(date: CalendarDate): boolean {
  return /^\d{4}-(01|07)-01$/.test(date);
}

/** `1er semestre 2024`, `2e semestre 2026`. */
export function halfYearLabel(halfYear: HalfYear): string {
  return `${halfYear.half === 1 ? '1er' : '2e'} semestre ${halfYear.year}`;
}

/** `1er janvier 2024`, `1er juillet 2026`: the first day as written in a letter. */
export function halfYearStartLabel(halfYear: HalfYear): string {
  return `1er ${halfYear.half === 1 ? 'janvier' : 'juillet'} ${halfYear.year}`;
}

/** Cuts the days from `from` to `to` (both included) at each half-year boundary. */
export function splitByHalfYear(from: CalendarDate, to: CalendarDate): HalfYearSlice[] {
  const slices: HalfYearSlice[] = [];
  let cursor = from;
  while (cursor <= to) {
    const halfYear = halfYearOf(cursor);
    const sliceEnd = minDate(halfYear.end, to);
    slices.push({ from: cursor, to: sliceEnd, halfYear });
    cursor = addDays(sliceEnd, 1);
  }
  return slices;
}
