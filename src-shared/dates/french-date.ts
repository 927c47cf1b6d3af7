import { isRealDay, toCalendarDate, type CalendarDate } from './calendar-date';

export type ParsedDate = { ok: true; date: CalendarDate } | { ok: false; message: string };

const FRENCH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a date as typed in France (`03/12/2026`, `3/12/2026`, `03.12.2026`)
 * or as an ISO date from a date picker (`2026-12-03`).
 */
export function parseFrenchDate(input: string): ParsedDate {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'La date est vide.' };

  const french = FRENCH.exec(text);
  const iso = ISO.exec(text);
  let parts: [number, number, number] | null = null;
  if (french) parts = [Number(french[3]), Number(french[2]), Number(french[1])];
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];

  if (!parts) {
    return {
      ok: false,
      message: `« ${text} » n'est pas une date : écrivez-la JJ/MM/AAAA (ex. 03/12/2026).`,
    };
  }
  const [year, month, day] = parts;
  if (!isRealDay(year, month, day)) {
    return { ok: false, message: `« ${text} » n'existe pas dans le calendrier.` };
  }
  return { ok: true, date: toCalendarDate(year, month, day) };
}

/** `2026-12-03` → `03/12/2026`. */
export function formatFrenchDate(date: CalendarDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

const longFormat = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2026-12-03` → `3 décembre 2026`, as written in a letter. */
export function formatLongFrenchDate(date: CalendarDate): string {
  return longFormat.format(new Date(`${date}T00:00:00Z`));
}
