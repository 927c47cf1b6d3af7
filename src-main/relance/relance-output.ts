import path from 'node:path';
import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { RelanceSettings } from '../../src-shared/relance/relance-settings';
import { freshPath, safeName, writeDocumentFile } from '../legal/document-output';

/**
 * Where relance documents go: the folder chosen in the settings, or
 * « relances » in the user data folder; one folder per day inside it, so
 * that the bookkeeper finds today's letters together.
 */
export function relanceOutputRoot(settings: RelanceSettings, dataDirectory: string): string {
  return settings.outputDirectory ?? path.join(dataDirectory, 'relances');
}

/** The folder of the day's documents. */
export function dayFolder(root: string, today: CalendarDate): string {
  return path.join(root, today);
}

/** A fresh path for a debtor's document: `…/2026-12-03 Menuiserie Durand – Lettre.docx`. */
export function documentPath(
  folder: string,
  today: CalendarDate,
  debtorName: string,
  label: string,
  extension: string,
): string {
  return freshPath(folder, today, `${safeName(debtorName)} – ${label}`, extension);
}

export { writeDocumentFile };
