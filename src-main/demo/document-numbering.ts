import type { CalendarDate } from '../../src-shared/dates/calendar-date';

/** The kind of document numbered: FA for a facture, AV for an avoir. */
export type DocumentPrefix = 'FA' | 'AV';

/** Hands out document numbers that never repeat within the company. */
export interface DocumentNumbering {
  /** The next number of the kind for the year of `date`, e.g. `FA-2025-000123`. */
  next(prefix: DocumentPrefix, date: CalendarDate): string;
}

/**
 * A numbering with one counter per kind and year. Numbers follow the order of generation
 * (debtor after debtor), so they are unique but not in date order across debtors.
 */
export function createDocumentNumbering(): DocumentNumbering {
  const counters = new Map<string, number>();
  return {
    next(prefix, date) {
      const year = date.slice(0, 4);
      const series = `${prefix}-${year}`;
      const number = (counters.get(series) ?? 0) + 1;
      counters.set(series, number);
      return `${series}-${String(number).padStart(6, '0')}`;
    },
  };
}
