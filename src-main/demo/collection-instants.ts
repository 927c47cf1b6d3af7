import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { isWorkingDay, onOrAfterWorkingDay } from './business-days';
import { shiftDays } from './day-cache';
import { createRandom, deriveSeed, type Random } from './random';

const BATCH_STREAM = 0xba7c4;

const two = (value: number) => String(value).padStart(2, '0');

/** An instant during office hours (Paris) on a day, ISO in UTC, as `context.now()` records it. */
export function officeInstant(random: Random, day: CalendarDate): string {
  const hour = random.int(7, 15);
  const ms = String(random.int(0, 999)).padStart(3, '0');
  return `${day}T${two(hour)}:${two(random.int(0, 59))}:${two(random.int(0, 59))}.${ms}Z`;
}

/** The morning batch of letters and e-mails a user runs on a day. */
export interface MorningBatch {
  /** The same for all its debtors (runRelanceBatch gives one per run), shaped like a UUID. */
  id: string;
  /** Seconds after midnight UTC when it started. */
  startSeconds: number;
}

/**
 * The batches of one generated file, by user and day. Every debtor of a user asks for the
 * batch of its day: each is drawn once from its own seeded stream and kept.
 */
export function morningBatches(
  seed: number,
): (userIndex: number, day: CalendarDate) => MorningBatch {
  const batches = new Map<string, MorningBatch>();
  return (userIndex, day) => {
    const key = `${userIndex}|${day}`;
    let batch = batches.get(key);
    if (!batch) {
      batch = drawBatch(
        createRandom(deriveSeed(seed, BATCH_STREAM, userIndex, Number(day.replace(/-/g, '')))),
      );
      batches.set(key, batch);
    }
    return batch;
  };
}

function drawBatch(random: Random): MorningBatch {
  let hex = '';
  for (let index = 0; index < 4; index += 1) {
    hex += (random.int(0, 0xffff_ffff) >>> 0).toString(16).padStart(8, '0');
  }
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const id =
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-` +
    `${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  // Between 7:30 and 8:30 UTC, about an hour after the office opens.
  return { id, startSeconds: 7 * 3600 + 1800 + random.int(0, 3600) };
}

/** The instant of the `position`-th second after a batch started, ISO in UTC. */
export function batchInstant(day: CalendarDate, startSeconds: number, position: number): string {
  const seconds = startSeconds + position;
  const hour = Math.floor(seconds / 3600);
  const minute = Math.floor((seconds % 3600) / 60);
  return `${day}T${two(hour)}:${two(minute)}:${two(seconds % 60)}.000Z`;
}

/** The day an unanswered call comes back: two working days later, as `callBackOn` says. */
export function callBackDay(day: CalendarDate): CalendarDate {
  return onOrAfterWorkingDay(shiftDays(onOrAfterWorkingDay(shiftDays(day, 1)), 1));
}

/** The working day `count` working days before `day`. */
export function workingDaysBefore(day: CalendarDate, count: number): CalendarDate {
  let previous = day;
  for (let step = 0; step < count; step += 1) {
    do previous = shiftDays(previous, -1);
    while (!isWorkingDay(previous));
  }
  return previous;
}

/** The working day `count` working days after `day`. */
export function workingDaysAfter(day: CalendarDate, count: number): CalendarDate {
  let next = day;
  for (let step = 0; step < count; step += 1) next = onOrAfterWorkingDay(shiftDays(next, 1));
  return next;
}
