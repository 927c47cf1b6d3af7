import {
  isRealDay,
  toCalendarDate,
  type CalendarDate,
} from '../../../src-shared/dates/calendar-date';
import type { Cents } from '../../../src-shared/money/cents';

/** A value read from a FEC field, or the French reason it could not be read. */
export type FecValue<T> = { ok: true; value: T } | { ok: false; reason: string };

const COMMA_AMOUNT = /^([+-]?)(\d+)(?:,(\d+))?$/;
const DOT_AMOUNT = /^([+-]?)(\d+)(?:\.(\d{1,2}))?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRENCH_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const ZEROS = /^0+$/;
const DATE_CACHE_SIZE = 4_096;
const dateCache = new Map<string, FecValue<CalendarDate>>();

/**
 * Reads a FEC amount: decimal comma, no thousands separator, sign in first position
 * (A47 A-1, III 2°), so `0000000074,70`, `-12,5` and `+3`. A dot is taken as the decimal
 * mark only when there is no comma and at most two decimals follow, because `1.234` may be
 * a thousand. A blank field is zero: exports leave the unused side of a line empty.
 */
export function parseFecAmount(text: string): FecValue<Cents> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: 0 };

  const match = COMMA_AMOUNT.exec(trimmed) ?? DOT_AMOUNT.exec(trimmed);
  if (!match) return { ok: false, reason: `montant « ${trimmed} » illisible` };

  const [, sign, units = '', decimals = ''] = match;
  // Decimals beyond the cent are accepted only when they are zeros (`74,700`): anything else
  // would need a rounding the bookkeeper did not ask for.
  if (decimals.length > 2 && !ZEROS.test(decimals.slice(2))) {
    return { ok: false, reason: `montant « ${trimmed} » illisible (plus de deux décimales)` };
  }
  const cents = Number(units) * 100 + Number(decimals.slice(0, 2).padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) {
    return { ok: false, reason: `montant « ${trimmed} » trop grand` };
  }
  return { ok: true, value: sign === '-' ? -cents : cents };
}

/**
 * Reads a FEC date: `AAAAMMJJ` as the standard says, and `AAAA-MM-JJ` or `JJ/MM/AAAA` as
 * some software writes. A blank field, or one of zeros, is no date (null).
 */
export function parseFecDate(text: string): FecValue<CalendarDate | null> {
  const trimmed = text.trim();
  if (trimmed === '' || ZEROS.test(trimmed)) return { ok: true, value: null };

  // A file of a million lines holds a few hundred distinct dates: read each once.
  const known = dateCache.get(trimmed);
  if (known !== undefined) return known;
  if (dateCache.size >= DATE_CACHE_SIZE) dateCache.clear();
  const result = readDate(trimmed);
  dateCache.set(trimmed, result);
  return result;
}

function readDate(trimmed: string): FecValue<CalendarDate> {
  const compact = COMPACT_DATE.exec(trimmed) ?? ISO_DATE.exec(trimmed);
  const french = FRENCH_DATE.exec(trimmed);
  let parts: [number, number, number] | null = null;
  if (compact) parts = [Number(compact[1]), Number(compact[2]), Number(compact[3])];
  if (french) parts = [Number(french[3]), Number(french[2]), Number(french[1])];

  if (!parts || !isRealDay(...parts)) return { ok: false, reason: `« ${trimmed} » invalide` };
  return { ok: true, value: toCalendarDate(...parts) };
}

/** Reads the Sens column of a Montant/Sens FEC (A47 A-1, VII 2°): `D`/`C` or `+1`/`-1`. */
export function parseFecSens(text: string): FecValue<'debit' | 'credit'> {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (upper === 'D' || upper === '+1' || upper === '1') return { ok: true, value: 'debit' };
  if (upper === 'C' || upper === '-1') return { ok: true, value: 'credit' };
  return { ok: false, reason: `sens « ${trimmed} » illisible (attendu D, C, +1 ou -1)` };
}
