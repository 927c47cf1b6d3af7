import { formatFrenchDate } from '../../../src-shared/dates/french-date';

/** « 03/12/2026 à 09:14 »: an instant shown in the user's local time. */
export function formatBackupTime(instant: string): string {
  const date = new Date(instant);
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${formatFrenchDate(day)} à ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
