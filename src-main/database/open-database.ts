import Database from 'better-sqlite3';
import { CamelCasePlugin, Kysely, type Transaction } from 'kysely';
import { APP_VERSION } from '../app-version';
import { AppError } from '../errors/app-error';
import { createLogger } from '../logging/logger';
import { RECOUVRA_APPLICATION_ID } from './file-identity';
import { assertNotEmpty, inspectDatabaseFile } from './inspect-file';
import { migrations } from './migrations';
import { assertNotFromTheFuture, runMigrations } from './migrator';
import { nativeBinding } from './native-binding';
import { recoverInterruptedWrite } from './recover-interrupted-write';
import { RecouvraSqliteDialect } from './recouvra-sqlite-dialect';
import type { DatabaseSchema } from './schema';

const log = createLogger('database');

/** An open Recouvra file: the raw connection for bulk work and kysely for the rest. */
export interface OpenDatabase {
  filePath: string;
  /** True when writes are refused; it may become true while open (lock lost, file gone). */
  readOnly: boolean;
  /** Why writes are refused, in French, when the reason is more than « lecture seule ». */
  readOnlyMessage?: string;
  /** Checks run inside every write transaction (the lock is still ours, the file still there). */
  writeGuard?: WriteGuard;
  sqlite: Database.Database;
  db: Kysely<DatabaseSchema>;
  close(): Promise<void>;
}

/** What must still hold when a write begins; each check throws an AppError when it does not. */
export interface WriteGuard {
  /** Before the transaction starts: the file is still where it was opened. */
  beforeWrite(): Promise<void>;
  /** First thing inside the transaction: this app still holds the file. */
  insideWrite(trx: Transaction<DatabaseSchema>): Promise<void>;
}

export interface OpenOptions {
  /** Create the file when it does not exist (or give an empty one its schema). */
  create?: boolean;
  readOnly?: boolean;
  /** Called with the pre-migration version before an existing file is migrated. */
  backupBeforeMigration?: (filePath: string, fromVersion: number) => Promise<void>;
}

/** Opens (or creates) a Recouvra file, checks it, and migrates it to the current schema. */
export async function openDatabase(
  filePath: string,
  options: OpenOptions = {},
): Promise<OpenDatabase> {
  const binding = nativeBinding();
  let isNew = false;
  try {
    if (recoverInterruptedWrite(filePath, binding)) log.info('rollback journal found and checked');
    const inspection = inspectDatabaseFile(filePath, binding);
    if (!options.create) assertNotEmpty(filePath, inspection);
    assertNotFromTheFuture(inspection.schemaVersion, migrations.length, inspection.writtenBy);
    const needsMigration = inspection.schemaVersion < migrations.length;
    if (needsMigration && options.readOnly) {
      throw new AppError(
        'READ_ONLY',
        "Ce fichier vient d'une version plus ancienne de Recouvra et doit être mis à jour, " +
          "ce qui est impossible en lecture seule. Ouvrez-le d'abord en écriture sur le poste " +
          'principal.',
      );
    }
    if (needsMigration && !inspection.isEmpty && options.backupBeforeMigration) {
      await options.backupBeforeMigration(filePath, inspection.schemaVersion);
    }
    isNew = inspection.isEmpty;
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'FILE_NOT_FOUND' && options.create)) {
      throw error;
    }
    isNew = true;
  }

  const sqlite = new Database(filePath, { readonly: options.readOnly ?? false, ...binding });
  try {
    configureConnection(sqlite, options.readOnly ?? false);
    if (!options.readOnly) {
      if (isNew) sqlite.pragma(`application_id = ${RECOUVRA_APPLICATION_ID}`);
      const outcome = runMigrations(sqlite, migrations, APP_VERSION);
      if (outcome.fromVersion !== outcome.toVersion) {
        log.info('schema migrated', { from: outcome.fromVersion, to: outcome.toVersion });
      }
    }
  } catch (error) {
    sqlite.close();
    throw error;
  }

  const db = new Kysely<DatabaseSchema>({
    dialect: new RecouvraSqliteDialect(sqlite),
    plugins: [new CamelCasePlugin()],
  });
  return {
    filePath,
    readOnly: options.readOnly ?? false,
    sqlite,
    db,
    // kysely's destroy closes the better-sqlite3 connection it was given.
    close: () => db.destroy(),
  };
}

// The rollback journal (DELETE mode) keeps the file self-contained: its
// journal exists only during a write and is removed at commit, so a closed
// file is one file a bookkeeper can copy to a USB stick or a shared folder.
// WAL would leave -wal and -shm files beside it (and a crash would leave
// committed data only in the -wal), and WAL does not work on network shares.
// synchronous=FULL because the file often lives on slow or removable media.
function configureConnection(sqlite: Database.Database, readOnly: boolean): void {
  if (!readOnly) {
    sqlite.pragma('journal_mode = DELETE');
    sqlite.pragma('synchronous = FULL');
  }
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}
