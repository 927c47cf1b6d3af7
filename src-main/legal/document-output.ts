import fs from 'node:fs';
import path from 'node:path';
import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { AppError } from '../errors/app-error';
import type { ServiceContext } from '../workspace/service-context';

// Letters and requêtes go to « documents » in the user data folder, one folder per company file
// and per debtor, so that a bookkeeper finds them by name without the app.
/** Where generated documents go: `documents` in the user data folder, beside the backups. */
export function documentsRootOf(dataDirectory: string): string {
  return path.join(dataDirectory, 'documents');
}

// A plug called by another feature (the relance engine) receives only the service context, whose
// backups folder is `sauvegardes` in the user data folder: the documents sit beside it.
/** The documents folder of the user data folder a service context works in. */
export function documentsRootOfContext(context: Pick<ServiceContext, 'backupDirectory'>): string {
  return documentsRootOf(path.dirname(context.backupDirectory));
}

/** The folder of the open company file's documents. */
export function companyDocumentsFolder(documentsRoot: string, databasePath: string): string {
  return path.join(documentsRoot, safeName(path.basename(databasePath).replace(/\.[^.]+$/, '')));
}

/** The folder of a debtor's documents for the open company file. */
export function debtorDocumentsFolder(
  documentsRoot: string,
  databasePath: string,
  debtorName: string,
): string {
  return path.join(companyDocumentsFolder(documentsRoot, databasePath), safeName(debtorName));
}

/** A file name any system accepts: no separators, no control or reserved characters. */
export function safeName(text: string): string {
  const cleaned = text
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are refused by Windows
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return cleaned.slice(0, 80) || 'sans nom';
}

/** `2026-12-03 Mise en demeure.docx`, or `… (2).docx` when that name is taken. */
export function freshPath(folder: string, date: CalendarDate, label: string, ext: string): string {
  const base = `${date} ${safeName(label)}`;
  for (let index = 1; ; index += 1) {
    const name = index === 1 ? `${base}${ext}` : `${base} (${index})${ext}`;
    const candidate = path.join(folder, name);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** Writes a file, creating its folder; a full disk or a refused folder is a French error. */
export function writeDocumentFile(filePath: string, bytes: Buffer | string): void {
  try {
    fs.mkdirSync(path.dirname(filePath), { recursive: true });
    fs.writeFileSync(filePath, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') {
      throw new AppError('DISK_FULL', "Le disque est plein : le document n'a pas été écrit.");
    }
    throw new AppError(
      'FILE_ACCESS',
      `Le document n'a pas pu être écrit dans ${path.dirname(filePath)} : vérifiez les droits ` +
        "d'accès à ce dossier.",
    );
  }
}
