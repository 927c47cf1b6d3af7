import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupEntry } from '../../src-shared/file-sharing/backup';
import { describeLockHolder } from '../../src-shared/file-sharing/file-lock';
import { APP_VERSION } from '../app-version';
import { recordChange } from '../audit/audit-trail';
import { migrations } from '../database/migrations';
import { runMigrations } from '../database/migrator';
import { nativeBinding } from '../database/native-binding';
import { AppError } from '../errors/app-error';
import type { FileSession } from '../file-lock/file-session';
import { writeLockRow, type LockRow } from '../file-lock/lock-row';
import { createLogger } from '../logging/logger';
import { inTransaction, type ServiceContext } from '../workspace/service-context';
import { findBackup, rotateBackups } from './backup-catalogue';
import { assertUsableBackup } from './backup-check';
import { copyDatabaseFile } from './backup-file';
import { readFileId } from './backup-names';
import { ownerOf, takeBackup } from './backup-service';
import { readKeepCount } from './backup-settings';
import { replaceContent } from './replace-content';

const log = createLogger('backups');

/**
 * Puts a backup's content back into the open file. Only the app holding the
 * file may do it, and it checks that it still does inside the very
 * transaction that replaces the content: another app that took the file
 * over in the meantime keeps its work, and this one turns read-only. The
 * current state is backed up first. The backup is prepared aside (migrated
 * when older, given the file's identity so that its backups stay listed),
 * then its content replaces the file's in one journaled transaction (see
 * replace-content.ts), together with this session's lock row. Returns the
 * backup of the state before the restore.
 */
export async function restoreFromBackup(
  context: ServiceContext,
  session: FileSession,
  id: string,
): Promise<BackupEntry> {
  const blocked = session.restoreBlockedBecause();
  if (blocked) throw new AppError('READ_ONLY', blocked);
  const { sqlite } = context.database;
  assertNoWriteRunning(sqlite);
  const owner = ownerOf(context.database);
  const entry = findBackup(context.backupDirectory, owner, id);
  const source = path.join(context.backupDirectory, entry.id);
  assertUsableBackup(source);
  await context.database.writeGuard?.beforeWrite();
  const started = performance.now();

  const safety = await takeBackup(context, 'avant-restauration', { rotate: false });
  const staged = await stageBackup(source, context.backupDirectory, readFileId(sqlite));
  try {
    // From here on nothing awaits: no other write can start before the replacement ends.
    assertNoWriteRunning(sqlite);
    let mine: LockRow | null = null;
    replaceContent(sqlite, staged, {
      inside: () => {
        mine = session.claimInside(new Date());
        if (!mine) throw takenOver(session);
      },
      after: () => {
        if (mine) writeLockRow(sqlite, mine);
      },
    });
  } finally {
    fs.rmSync(staged, { force: true });
    fs.rmSync(`${staged}-journal`, { force: true });
  }

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

// The backup is copied aside (never changed where it lies), brought to the
// current schema, and given the open file's id, all before the open file is
// touched.
async function stageBackup(
  source: string,
  directory: string,
  fileId: string | null,
): Promise<string> {
  const staged = path.join(directory, `.restauration-${randomUUID()}.sqlite`);
  await copyDatabaseFile(source, staged);
  const copy = new Database(staged, { fileMustExist: true, ...nativeBinding() });
  try {
    runMigrations(copy, migrations, APP_VERSION);
    if (fileId) {
      copy
        .prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('file_id', ?)")
        .run(fileId);
    }
  } catch (error) {
    copy.close();
    fs.rmSync(staged, { force: true });
    throw error;
  }
  copy.close();
  return staged;
}

// An import holds the connection's transaction open between its slices.
function assertNoWriteRunning(sqlite: Database.Database): void {
  if (!sqlite.inTransaction) return;
  throw new AppError(
    'FILE_LOCKED',
    'La restauration est impossible pendant un import en cours : attendez qu’il se termine, ' +
      'puis recommencez. Rien n’a été modifié.',
  );
}

function takenOver(session: FileSession): AppError {
  const { holder } = session.state(new Date());
  const who = holder ? describeLockHolder(holder) : 'une autre application';
  return new AppError(
    'READ_ONLY',
    `La restauration est impossible : ce dossier a été repris par ${who}, dont le travail est ` +
      'conservé. Rien n’a été modifié ; le dossier reste consultable en lecture seule.',
  );
}
