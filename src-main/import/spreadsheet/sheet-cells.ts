import { roundToCents, type Cents } from '../../../src-shared/money/cents';
import { parseAmount } from '../../../src-shared/money/parse-amount';
import { formatFrenchDate, parseFrenchDate } from '../../../src-shared/dates/french-date';
import {
  toCalendarDate,
  isRealDay,
  type CalendarDate,
} from '../../../src-shared/dates/calendar-date';

/** A cell as read: text from a CSV, or a number, a date or text from an Excel sheet. */
export type SheetCell = string | number | Date | boolean | null;

/** A value read from a cell, or the French reason it could not be. */
export type CellValue<T> = { ok: true; value: T } | { ok: false; reason: string };

// Excel counts days from 30 December 1899 (its 1900 leap-year bug included).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The cell as the user sees it, for the preview and for text fields. */
export function cellText(cell: SheetCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) {
    const day = readDate(cell);
    return day.ok ? formatFrenchDate(day.value) : '';
  }
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  return String(cell).trim();
}

/** True for a cell with nothing in it. */
export function isBlank(cell: SheetCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** An amount: an Excel number, or text typed the French way (`1 234,56`). */
export function readAmount(cell: SheetCell): CellValue<Cents> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { ok: false, reason: 'montant illisible' };
    return { ok: true, value: roundToCents(cell * 100) };
  }
  const parsed = parseAmount(cellText(cell));
  return parsed.ok ? { ok: true, value: parsed.cents } : { ok: false, reason: parsed.message };
}

/** A date: an Excel date or serial number, or text `03/12/2026` or `2026-12-03`. */
export function readDate(cell: SheetCell): CellValue<CalendarDate> {
  if (cell instanceof Date) {
    // exceljs gives a date cell as midnight UTC of that day.
    const parts = [cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()] as const;
    if (!isRealDay(...parts)) return { ok: false, reason: 'date hors calendrier' };
    return { ok: true, value: toCalendarDate(...parts) };
  }
  if (typeof cell === 'number') {
    const date = new Date(EXCEL_EPOCH_MS + Math.floor(cell) * DAY_MS);
    return readDate(date);
  }
  const parsed = parseFrenchDate(cellText(cell));
  return parsed.ok ? { ok: true, value: parsed.date } : { ok: false, reason: parsed.message };
}
