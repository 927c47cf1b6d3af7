import type { Transaction } from 'kysely';
import { backupBefore } from '../backups/backup-service';
import type { DatabaseSchema } from '../database/schema';
import { AppError } from '../errors/app-error';
import { assertWritable, type ServiceContext } from '../workspace/service-context';

/** Raised between two slices of writing when the user cancelled; the transaction rolls back. */
export class ImportCancelledError extends AppError {
  constructor() {
    super('CANCELLED', "L'import a été annulé. Rien n'a été importé : le dossier est inchangé.");
    this.name = 'ImportCancelledError';
  }
}

/** What the work of an import transaction receives. */
export interface ImportTransaction {
  /** The open transaction, for the audit trail and the timeline. */
  trx: Transaction<DatabaseSchema>;
  /** Gives the event loop a turn (progress polls get answered) and stops if cancelled. */
  pause(): Promise<void>;
}

/**
 * Runs an import as one transaction that may last seconds yet still report progress and be
 * cancelled. better-sqlite3 transactions cannot await, so it uses kysely's controlled
 * transaction: it holds the connection until commit or rollback (other calls wait for the
 * import instead of slipping into it), and the bare prepared statements of the writer run on
 * that same connection, inside it. Any error or a cancellation rolls everything back: the import
 * lands whole or not at all. A backup of the file is taken first (the import is one of the
 * risky operations), and the file's write guard (lock still held, file still there) is checked
 * as for any other write.
 */
export async function runImportTransaction<T>(
  context: ServiceContext,
  signal: AbortSignal | undefined,
  work: (transaction: ImportTransaction) => Promise<T>,
): Promise<T> {
  assertWritable(context);
  if (signal?.aborted) throw new ImportCancelledError();
  const guard = context.database.writeGuard;
  await guard?.beforeWrite();
  await backupBefore(context, 'import');
  if (signal?.aborted) throw new ImportCancelledError();

  const trx = await context.database.db.startTransaction().execute();
  const pause = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    if (signal?.aborted) throw new ImportCancelledError();
  };
  try {
    await guard?.insideWrite(trx);
    const result = await work({ trx, pause });
    if (signal?.aborted) throw new ImportCancelledError();
    await trx.commit().execute();
    return result;
  } catch (error) {
    await trx.rollback().execute();
    throw error;
  }
}
