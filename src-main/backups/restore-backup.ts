import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupEntry } from '../../src-shared/file-sharing/backup';
import { recordChange } from '../audit/audit-trail';
import { migrations } from '../database/migrations';
import { runMigrations } from '../database/migrator';
import { nativeBinding } from '../database/native-binding';
import { AppError } from '../errors/app-error';
import type { FileSession } from '../file-lock/file-session';
import { createLogger } from '../logging/logger';
import { inTransaction, type ServiceContext } from '../workspace/service-context';
import { findBackup, rotateBackups } from './backup-catalogue';
import { assertUsableBackup } from './backup-check';
import { readFileId } from './backup-names';
import { ownerOf, takeBackup } from './backup-service';
import { readKeepCount } from './backup-settings';

const log = createLogger('backups');

/**
 * Puts a backup's content back into the open file. Only the app holding the
 * file may do it; the current state is backed up first; the content is
 * replaced through SQLite's backup API into the live file, which writes it
 * inside one journaled transaction (a crash halfway leaves the previous
 * content) and keeps the file where it is for every other reader. An older
 * copy is then migrated, and the file keeps its identity so that its
 * backups stay listed. Returns the backup of the state before the restore.
 */
export async function restoreFromBackup(
  context: ServiceContext,
  session: FileSession,
  id: string,
): Promise<BackupEntry> {
  const blocked = session.restoreBlockedBecause();
  if (blocked) throw new AppError('READ_ONLY', blocked);
  const owner = ownerOf(context.database);
  const entry = findBackup(context.backupDirectory, owner, id);
  const source = path.join(context.backupDirectory, entry.id);
  assertUsableBackup(source);
  const started = performance.now();

  const safety = await takeBackup(context, 'avant-restauration', { rotate: false });
  const { sqlite, filePath } = context.database;
  const fileId = readFileId(sqlite);
  await replaceFileContents(source, filePath);
  runMigrations(sqlite, migrations);
  if (fileId) {
    sqlite
      .prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('file_id', ?)")
      .run(fileId);
  }
  session.reclaim(new Date());

  await inTransaction(context, (trx) =>
    recordChange(trx, context, {
      table: 'backups',
      rowId: 0,
      action: 'restore',
      before: { savedAs: safety.id },
      after: { restoredFrom: entry.id, takenAt: entry.takenAt },
    }),
  );
  rotateBackups(context.backupDirectory, owner, await readKeepCount(context.database.db));
  log.info('backup restored', {
    reason: entry.reason,
    ms: Math.round(performance.now() - started),
  });
  return safety;
}

/** Copies a database's pages over a live file, in one write transaction of the target. */
export async function replaceFileContents(sourcePath: string, targetPath: string): Promise<void> {
  const source = new Database(sourcePath, {
    readonly: true,
    fileMustExist: true,
    ...nativeBinding(),
  });
  try {
    await source.backup(targetPath);
  } finally {
    source.close();
  }
}
