import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupEntry, GoodBackup } from '../../src-shared/file-sharing/backup';
import { describeLockHolder } from '../../src-shared/file-sharing/file-lock';
import { assertNotEmpty, inspectDatabaseFile } from '../database/inspect-file';
import { migrations } from '../database/migrations';
import { assertNotFromTheFuture } from '../database/migrator';
import { nativeBinding } from '../database/native-binding';
import { AppError } from '../errors/app-error';
import { peekLock } from '../file-lock/peek-lock';
import { createLogger } from '../logging/logger';
import { findBackup, listBackups, type BackupOwner } from './backup-catalogue';
import { assertUsableBackup, companyNameIn, isUsableBackup } from './backup-check';
import { copyDatabaseFile, freeBackupPath } from './backup-file';
import { baseNameOf, fileKeyOf, readFileId } from './backup-names';

const log = createLogger('backups');

/** Whose backups to look at for a file that is not open (and may be unreadable). */
export function ownerOfPath(filePath: string): BackupOwner {
  let fileId: string | null = null;
  let database: Database.Database | null = null;
  try {
    database = new Database(filePath, { readonly: true, fileMustExist: true, ...nativeBinding() });
    fileId = readFileId(database);
  } catch {
    // A damaged file may not even say its id: its name then decides.
  } finally {
    database?.close();
  }
  return { base: baseNameOf(filePath), fileKey: fileKeyOf(fileId) };
}

/** The newest good backup of a file that could not be opened, or null when none passes. */
export function latestGoodBackup(filePath: string, directory: string): GoodBackup | null {
  for (const entry of listBackups(directory, ownerOfPath(filePath))) {
    if (entry.reason === 'endommage') continue;
    const backupPath = path.join(directory, entry.id);
    if (isUsableBackup(backupPath)) {
      return { filePath, entry, companyName: companyNameIn(backupPath) };
    }
  }
  return null;
}

/**
 * Why a file fails the read-only checks of opening (damaged, empty, not a
 * Recouvra file, from a newer version…), or null when it passes them.
 */
export function openingFailure(filePath: string): AppError | null {
  try {
    const inspection = inspectDatabaseFile(filePath, nativeBinding());
    assertNotEmpty(filePath, inspection);
    assertNotFromTheFuture(inspection.schemaVersion, migrations.length, inspection.writtenBy);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

// Only a file that cannot be opened is replaced: a call naming a healthy
// file (a stale screen, a second window, the command line) must not file it
// as « endommagé » and put an older backup in its place.
function assertReallyDamaged(filePath: string): void {
  const failure = openingFailure(filePath);
  if (failure === null) {
    throw new AppError(
      'CONFLICT',
      'Ce fichier s’ouvre sans erreur : il n’est pas endommagé et n’a pas été remplacé. ' +
        'Ouvrez-le ; pour revenir à une sauvegarde, utilisez ensuite l’écran « Sauvegardes ».',
    );
  }
  if (failure.code !== 'FILE_DAMAGED' && failure.code !== 'FILE_NOT_RECOUVRA') throw failure;
}

/**
 * Replaces a damaged file by one of its backups. Nothing is lost: the
 * damaged file (and a journal beside it) is first copied into the backup
 * folder as « endommagé ». The good copy is written beside the file under a
 * temporary name, then renamed over it in one step. Refused while another
 * app holds the file, and for a file that passes the checks of opening.
 * Returns the copy of the damaged file.
 */
export async function restoreDamagedFile(
  filePath: string,
  directory: string,
  id: string,
  now: Date,
): Promise<BackupEntry> {
  const verdict = peekLock(filePath, new Date());
  if (verdict?.state === 'held') {
    throw new AppError(
      'READ_ONLY',
      `La restauration est impossible : le dossier est ouvert en écriture par ` +
        `${describeLockHolder(verdict.holder)}.`,
    );
  }
  const owner = ownerOfPath(filePath);
  const entry = findBackup(directory, owner, id);
  if (entry.reason === 'endommage') {
    throw new AppError('VALIDATION', 'Choisissez une sauvegarde saine, pas le fichier endommagé.');
  }
  const source = path.join(directory, entry.id);
  assertUsableBackup(source);
  assertReallyDamaged(filePath);

  fs.mkdirSync(directory, { recursive: true });
  const setAside = freeBackupPath(
    directory,
    { ...owner, reason: 'endommage', schemaVersion: null },
    now,
  );
  // The damaged file cannot be read by SQLite: its bytes are kept as they are.
  fs.copyFileSync(filePath, setAside, fs.constants.COPYFILE_EXCL);
  const journal = `${filePath}-journal`;
  if (fs.existsSync(journal)) fs.copyFileSync(journal, `${setAside}-journal`);

  const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.restauration`);
  try {
    await copyDatabaseFile(source, temporary);
    // A journal left beside the damaged file would be replayed into the restored one.
    fs.rmSync(journal, { force: true });
    fs.renameSync(temporary, filePath);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    log.warn('damaged file not replaced', { code: String((error as { code?: unknown }).code) });
    throw new AppError(
      'FILE_ACCESS',
      `Recouvra ne peut pas écrire dans le dossier du fichier (${path.dirname(filePath)}) : ` +
        'il n’a pas été remplacé. Copiez la sauvegarde ailleurs depuis le dossier des ' +
        'sauvegardes, ou rendez ce dossier accessible en écriture.',
    );
  }
  log.info('damaged file replaced by a backup', { reason: entry.reason });
  return findBackup(directory, owner, path.basename(setAside));
}
