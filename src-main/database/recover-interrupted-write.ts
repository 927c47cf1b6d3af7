import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import type { NativeBinding } from './native-binding';

/**
 * Brings back the last committed state of a file whose last write was cut
 * short (a crash, a killed process, a power cut). Such a write leaves its
 * rollback journal beside the file; a read-only connection cannot replay it
 * (SQLITE_READONLY_ROLLBACK), so the read-only inspection would refuse a
 * perfectly recoverable file. One read through a read-write connection lets
 * SQLite roll the journal back and delete it; nothing else is written. A
 * journal that belongs to a write still in progress elsewhere is not "hot"
 * and SQLite leaves it alone. Returns true when a journal was found.
 */
export function recoverInterruptedWrite(filePath: string, binding: NativeBinding): boolean {
  if (!fs.existsSync(`${filePath}-journal`) || !fs.existsSync(filePath)) return false;

  let database: Database.Database | null = null;
  try {
    database = new Database(filePath, { fileMustExist: true, ...binding });
    database.pragma('busy_timeout = 5000');
    database.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
      throw new AppError(
        'READ_ONLY',
        'Le dernier enregistrement de ce fichier a été interrompu (arrêt brutal ou panne) et ' +
          'Recouvra doit le terminer, ce qui demande de pouvoir écrire dans son dossier. ' +
          'Copiez le fichier et le fichier « -journal » à côté de lui dans un dossier où vous ' +
          'pouvez écrire, puis ouvrez-le là. Rien n’a été modifié.',
      );
    }
    // Any other trouble (a damaged or foreign file) is for the inspection to name.
  } finally {
    database?.close();
  }
  return true;
}
