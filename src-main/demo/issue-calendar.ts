import {
  addDays,
  addYears,
  daysBetween,
  type CalendarDate,
} from '../../src-shared/dates/calendar-date';
import { isWorkingDay } from './business-days';
import type { Random } from './random';

/** The days an invoice may be issued on, each weighted by how busy that time of year is. */
export interface IssueCalendar {
  days: readonly CalendarDate[];
  /** Running total of the day weights: `cumulative[i]` is the weight of days 0 to i. */
  cumulative: Float64Array;
}

// Activity by month for a French small business: August shuts down, March and the autumn are
// busy (year-end budgets, Q4 orders). Index 0 is January.
const MONTH_WEIGHTS = [0.95, 1, 1.25, 1, 0.9, 1.05, 0.85, 0.4, 1.05, 1.2, 1.2, 1.1];
// From 21 December customers are away and invoicing nearly stops until the new year.
const LATE_DECEMBER_WEIGHT = 0.3;

/** The two years ending on `today`, working days only, with seasonal weights. */
export function buildIssueCalendar(today: CalendarDate): IssueCalendar {
  const first = addDays(addYears(today, -2), 1);
  const count = daysBetween(first, today) + 1;
  const days: CalendarDate[] = [];
  const cumulative = new Float64Array(count);
  let total = 0;
  for (let index = 0; index < count; index += 1) {
    const day = addDays(first, index);
    days.push(day);
    total += isWorkingDay(day) ? seasonalWeight(day) : 0;
    cumulative[index] = total;
  }
  return { days, cumulative };
}

/** How busy a day is compared with an ordinary one. */
export function seasonalWeight(date: CalendarDate): number {
  const month = Number(date.slice(5, 7));
  if (month === 12 && Number(date.slice(8, 10)) >= 21) return LATE_DECEMBER_WEIGHT;
  return MONTH_WEIGHTS[month - 1] ?? 1;
}

/** The index of the first day a debtor is invoiced: most were customers before the window. */
export function drawRelationshipStart(random: Random, calendar: IssueCalendar): number {
  if (random.chance(0.7)) return 0;
  // Newer customers still get at least three months of history.
  return random.int(0, Math.max(0, calendar.days.length - 90));
}

/** `count` issue dates from `fromIndex` onwards, drawn by seasonal weight, in date order. */
export function drawIssueDates(
  random: Random,
  calendar: IssueCalendar,
  count: number,
  fromIndex: number,
): CalendarDate[] {
  const { cumulative, days } = calendar;
  const low = fromIndex > 0 ? (cumulative[fromIndex - 1] ?? 0) : 0;
  const high = cumulative[cumulative.length - 1] ?? 0;
  const indexes: number[] = [];
  for (let drawn = 0; drawn < count; drawn += 1) {
    indexes.push(firstAbove(cumulative, low + random.next() * (high - low)));
  }
  indexes.sort((left, right) => left - right);
  return indexes.map((index) => days[index] as CalendarDate);
}

// Binary search for the first day whose running total passes the target.
function firstAbove(cumulative: Float64Array, target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle] ?? 0) > target) high = middle;
    else low = middle + 1;
  }
  return low;
}
