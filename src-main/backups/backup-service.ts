import path from 'node:path';
import {
  DAILY_BACKUP_AFTER_MS,
  type BackupEntry,
  type BackupReason,
  type RiskyOperation,
} from '../../src-shared/file-sharing/backup';
import type { OpenDatabase } from '../database/open-database';
import { AppError } from '../errors/app-error';
import { createLogger } from '../logging/logger';
import type { ServiceContext } from '../workspace/service-context';
import { findBackup, listBackups, rotateBackups, type BackupOwner } from './backup-catalogue';
import { backupFailure } from './backup-failure';
import { backupDatabaseFile } from './backup-file';
import { baseNameOf, fileKeyOf, readFileId } from './backup-names';
import { readKeepCount } from './backup-settings';

const log = createLogger('backups');

/** Whose backups these are: the open file's name and the key of its id. */
export function ownerOf(database: OpenDatabase): BackupOwner {
  return {
    base: baseNameOf(database.filePath),
    fileKey: fileKeyOf(readFileId(database.sqlite)),
  };
}

/** The open file's backups, newest first. */
export function backupsOf(context: ServiceContext): BackupEntry[] {
  return listBackups(context.backupDirectory, ownerOf(context.database));
}

/**
 * Takes a consistent copy of the open file now, then deletes the oldest
 * automatic copies beyond the file's rotation (unless `rotate` is false, as
 * during a restore that must not lose the copy it restores from).
 */
export async function takeBackup(
  context: ServiceContext,
  reason: BackupReason,
  options: { rotate?: boolean } = {},
): Promise<BackupEntry> {
  const started = performance.now();
  const directory = context.backupDirectory;
  let target: string;
  try {
    target = await backupDatabaseFile(context.database.filePath, directory, reason, context.now());
  } catch (error) {
    throw backupFailure(error, directory);
  }
  const owner = ownerOf(context.database);
  if (options.rotate ?? true) {
    const keep = await readKeepCount(context.database.db);
    const deleted = rotateBackups(directory, owner, keep, path.basename(target));
    if (deleted.length > 0) log.info('old backups rotated out', { count: deleted.length });
  }
  log.info('backup taken', { reason, ms: Math.round(performance.now() - started) });
  return findBackup(directory, owner, path.basename(target));
}

/**
 * The automatic backup before a risky operation, for the services that run
 * one (an import, a batch of relances, a procedure step): call it before the
 * operation's transaction. When the copy cannot be taken it throws, saying
 * the operation was not started, and the caller must not start it.
 */
export async function backupBefore(
  context: ServiceContext,
  operation: RiskyOperation,
): Promise<BackupEntry> {
  try {
    return await takeBackup(context, `avant-${operation}`);
  } catch (error) {
    const failure = backupFailure(error, context.backupDirectory);
    throw new AppError(failure.code, `${failure.message} L’opération n’a pas été lancée.`);
  }
}

/** True when the newest backup of the file is more than a day old, or there is none. */
export function isDailyBackupDue(entries: readonly BackupEntry[], now: Date): boolean {
  const newest = entries[0];
  return !newest || now.getTime() - Date.parse(newest.takenAt) > DAILY_BACKUP_AFTER_MS;
}
