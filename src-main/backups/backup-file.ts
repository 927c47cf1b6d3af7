import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupReason } from '../../src-shared/file-sharing/backup';
import { nativeBinding } from '../database/native-binding';
import { clearLockRows } from '../file-lock/lock-row';
import { backupFileName, baseNameOf, fileKeyOf, readFileId, type BackupName } from './backup-names';

/**
 * Writes a consistent copy of a Recouvra file with SQLite's online backup,
 * which is safe even while another connection writes to it (a plain file
 * copy of a live database is not). The copy is written under a temporary
 * name and renamed when complete, so a crash never leaves half a backup
 * that looks whole, and its lock row is cleared: nobody holds a copy.
 */
export async function copyDatabaseFile(sourcePath: string, target: string): Promise<void> {
  const source = new Database(sourcePath, {
    readonly: true,
    fileMustExist: true,
    ...nativeBinding(),
  });
  try {
    source.pragma('busy_timeout = 5000');
    await copyFromConnection(source, target);
  } finally {
    source.close();
  }
}

/**
 * The same copy from a connection already open: the rescue when the file
 * vanished from its folder while the connection still reads it.
 */
export async function copyFromConnection(source: Database.Database, target: string): Promise<void> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    await source.backup(partial);
    const copy = new Database(partial, { fileMustExist: true, ...nativeBinding() });
    try {
      clearLockRows(copy);
    } finally {
      copy.close();
    }
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    fs.rmSync(`${partial}-journal`, { force: true });
    throw error;
  }
}

/** Backs up a file into the backup folder under a name saying whose copy it is, why and when. */
export async function backupDatabaseFile(
  sourcePath: string,
  backupDirectory: string,
  reason: BackupReason,
  now: Date,
  schemaVersion: number | null = null,
): Promise<string> {
  const target = freeBackupPath(
    backupDirectory,
    {
      base: baseNameOf(sourcePath),
      reason,
      schemaVersion,
      fileKey: fileKeyOf(readFileIdOf(sourcePath)),
    },
    now,
  );
  await copyDatabaseFile(sourcePath, target);
  return target;
}

/** The path of a new backup; two copies within the same millisecond get the next free one. */
export function freeBackupPath(
  directory: string,
  naming: Omit<BackupName, 'takenAt'>,
  now: Date,
): string {
  let takenAt = now.getTime();
  const pathAt = (time: number) =>
    path.join(directory, backupFileName({ ...naming, takenAt: new Date(time) }));
  while (fs.existsSync(pathAt(takenAt))) takenAt += 1;
  return pathAt(takenAt);
}

function readFileIdOf(filePath: string): string | null {
  const database = new Database(filePath, {
    readonly: true,
    fileMustExist: true,
    ...nativeBinding(),
  });
  try {
    return readFileId(database);
  } finally {
    database.close();
  }
}
