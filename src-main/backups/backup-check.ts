import Database from 'better-sqlite3';
import { inspectDatabaseFile } from '../database/inspect-file';
import { migrations } from '../database/migrations';
import { assertNotFromTheFuture } from '../database/migrator';
import { nativeBinding } from '../database/native-binding';
import { AppError } from '../errors/app-error';

/**
 * Refuses a backup that could not replace the file: not a Recouvra file,
 * damaged, or from a newer version. Read-only; the backup is left as it is.
 */
export function assertUsableBackup(backupPath: string): void {
  let writtenBy: string | null = null;
  try {
    const inspection = inspectDatabaseFile(backupPath, nativeBinding());
    writtenBy = inspection.writtenBy;
    assertNotFromTheFuture(inspection.schemaVersion, migrations.length, writtenBy);
    if (inspection.isEmpty) throw new AppError('FILE_DAMAGED', 'empty');
  } catch (error) {
    const code = error instanceof AppError ? error.code : 'FILE_DAMAGED';
    if (code !== 'FILE_TOO_NEW') {
      throw new AppError(
        'FILE_DAMAGED',
        'Cette sauvegarde est illisible ou endommagée : choisissez-en une autre. ' +
          'Rien n’a été modifié.',
      );
    }
    const by = writtenBy ? `de Recouvra ${writtenBy}` : 'd’une version plus récente de Recouvra';
    throw new AppError(
      'FILE_TOO_NEW',
      `Cette sauvegarde vient ${by} : installez cette version ou une plus récente pour la ` +
        'restaurer. Rien n’a été modifié.',
    );
  }
}

/** True when the backup passes the same checks as a file being opened. */
export function isUsableBackup(backupPath: string): boolean {
  try {
    assertUsableBackup(backupPath);
    return true;
  } catch {
    return false;
  }
}

/** The company name inside a backup, to show which file it is; null when unreadable. */
export function companyNameIn(backupPath: string): string | null {
  let database: Database.Database | null = null;
  try {
    database = new Database(backupPath, {
      readonly: true,
      fileMustExist: true,
      ...nativeBinding(),
    });
    const row = database.prepare('SELECT legal_name FROM company WHERE id = 1').get() as
      { legal_name: string } | undefined;
    return row?.legal_name ?? null;
  } catch {
    return null;
  } finally {
    database?.close();
  }
}
