import fs from 'node:fs';
import path from 'node:path';
import type { FileLockHolder, ReadOnlyReason } from '../../src-shared/file-sharing/file-lock';
import { openDatabase, type OpenDatabase, type OpenOptions } from '../database/open-database';
import { AppError } from '../errors/app-error';
import { createLogger } from '../logging/logger';
import { claimLock } from './claim-lock';
import { FileSession, type RescueCopy } from './file-session';
import { newSessionId } from './locked-file';
import type { LockRow } from './lock-row';
import { peekLock } from './peek-lock';
import { readOnlyMessage } from './read-only-messages';
import { thisMachine } from './this-machine';

const log = createLogger('file-lock');

/** Who this app is in the lock row, and what it needs to open a file. */
export interface SharedFileOptions {
  readOnly: boolean;
  create?: boolean;
  holderName: string;
  appVersion: string;
  now: Date;
  rescue: RescueCopy;
  backupBeforeMigration?: OpenOptions['backupBeforeMigration'];
}

/**
 * Opens a company file the way two apps can share it: for writing when
 * nobody else holds it (taking over a stale lock left by a crash), and
 * read-only, saying why, when another app holds it or its folder cannot be
 * written. Never two writers: the claim is checked and written under
 * SQLite's own write lock.
 */
export async function openSharedFile(
  filePath: string,
  options: SharedFileOptions,
): Promise<FileSession> {
  if (options.readOnly) return openReadOnly(filePath, options, 'requested', null);
  if (!options.create) {
    const verdict = peekLock(filePath, options.now);
    if (verdict?.state === 'held') {
      return openReadOnly(filePath, options, 'heldByOther', verdict.holder);
    }
    if (fs.existsSync(filePath) && !isWritableLocation(filePath)) {
      return openReadOnly(filePath, options, 'readOnlyLocation', null);
    }
  }

  const database = await openDatabase(filePath, {
    create: options.create ?? false,
    backupBeforeMigration: options.backupBeforeMigration,
  });
  const me: LockRow = {
    sessionId: newSessionId(filePath),
    holderName: options.holderName,
    machine: thisMachine(),
    processId: process.pid,
    appVersion: options.appVersion,
    openedAt: options.now.toISOString(),
    heartbeatAt: options.now.toISOString(),
  };
  try {
    const outcome = claimLock(database.sqlite, me, filePath, options.now);
    if (!outcome.claimed) {
      await database.close();
      return openReadOnly(filePath, options, 'heldByOther', outcome.holder);
    }
    if (outcome.tookOverFrom) {
      log.warn('stale lock taken over', {
        why: outcome.tookOverFrom.why,
        sameMachine: outcome.tookOverFrom.row.machine === me.machine,
      });
    }
    return new FileSession(database, { me }, options.rescue);
  } catch (error) {
    await database.close();
    const code = String((error as { code?: unknown }).code ?? '');
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
      return openReadOnly(filePath, options, 'readOnlyLocation', null);
    }
    // Another program is writing right now and did not finish within the busy timeout.
    if (code.startsWith('SQLITE_BUSY')) return openReadOnly(filePath, options, 'heldByOther', null);
    throw error;
  }
}

async function openReadOnly(
  filePath: string,
  options: SharedFileOptions,
  reason: ReadOnlyReason,
  holder: FileLockHolder | null,
): Promise<FileSession> {
  let database: OpenDatabase;
  try {
    database = await openDatabase(filePath, { readOnly: true });
  } catch (error) {
    // A file that must be migrated cannot be opened read-only: say who holds it.
    if (error instanceof AppError && error.code === 'READ_ONLY' && reason !== 'requested') {
      throw new AppError(
        'READ_ONLY',
        `${readOnlyMessage(reason, holder)} De plus, ce fichier vient d’une version plus ` +
          `ancienne ` +
          'de Recouvra et doit être mis à jour avant d’être consulté ici.',
      );
    }
    throw error;
  }
  log.info('file opened read-only', { reason });
  return new FileSession(database, { reason, holder }, options.rescue);
}

// access() reports a read-only mount even to root; the folder must be
// writable too, since SQLite writes its journal beside the file.
function isWritableLocation(filePath: string): boolean {
  try {
    fs.accessSync(filePath, fs.constants.W_OK);
    fs.accessSync(path.dirname(filePath), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
