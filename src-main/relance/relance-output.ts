import fs from 'node:fs';
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

/**
 * Why a folder typed in the settings cannot hold the relance documents, in
 * French, or null when it can: it must be a full path (a relative one would
 * depend on where the app was started), and exist or be created, and accept
 * a file. The folder is created when missing.
 */
export function outputFolderProblem(folder: string): string | null {
  if (!path.isAbsolute(folder)) {
    const example =
      process.platform === 'win32'
        ? 'C:\\Users\\vous\\Documents\\Relances'
        : '/home/vous/Documents/Relances';
    return `Indiquez le chemin complet du dossier, par exemple ${example}.`;
  }
  if (!fs.existsSync(folder)) {
    try {
      fs.mkdirSync(folder, { recursive: true });
    } catch {
      return 'Ce dossier n’existe pas et ne peut pas être créé : vérifiez le chemin.';
    }
  }
  if (!fs.statSync(folder).isDirectory()) {
    return 'Ce chemin désigne un fichier et non un dossier : choisissez un dossier.';
  }
  const probe = path.join(folder, `.recouvra-essai-${process.pid}-${Date.now()}`);
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe, { force: true });
  } catch {
    return (
      'Recouvra ne peut pas écrire dans ce dossier : choisissez-en un où vous avez le ' +
      'droit d’écrire.'
    );
  }
  return null;
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
