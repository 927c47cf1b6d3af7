import path from 'node:path';
import {
  isRealDay,
  toCalendarDate,
  type CalendarDate,
} from '../../../src-shared/dates/calendar-date';

/** What the name of a FEC says about the company, and whether it follows the standard name. */
export interface FecFileName {
  /** The part before `FEC`, meant to be the SIREN; null when the name has no `FEC<date>`. */
  identifier: string | null;
  siren: string | null;
  closingDate: CalendarDate | null;
}

const FEC_NAME = /^(.*?)FEC(\d{4})(\d{2})(\d{2})$/i;
const SIREN_SHAPE = /^\d{9}$/;

/** Reads `<SIREN>FEC<AAAAMMJJ>` (the closing date) from a file name, extension aside. */
export function parseFecFileName(filePath: string): FecFileName {
  const base = path.basename(filePath, path.extname(filePath));
  const match = FEC_NAME.exec(base);
  if (!match) return { identifier: null, siren: null, closingDate: null };

  const [, identifier = '', year, month, day] = match;
  const date = [Number(year), Number(month), Number(day)] as const;
  return {
    identifier,
    siren: SIREN_SHAPE.test(identifier) ? identifier : null,
    closingDate: isRealDay(...date) ? toCalendarDate(...date) : null,
  };
}
