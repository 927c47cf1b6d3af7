import type { Kysely, Transaction } from 'kysely';
import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { OpenDatabase } from '../database/open-database';
import type { DatabaseSchema } from '../database/schema';
import { AppError } from '../errors/app-error';

/** What every service needs: the open file, who acts, and the clock. */
export interface ServiceContext {
  database: OpenDatabase;
  /** The name of the person using the app, written on every change. */
  actor: string;
  now(): Date;
  today(): CalendarDate;
  /** The folder of the user data where this file's backups go (see backupBefore). */
  backupDirectory: string;
}

/** A connection or a transaction: repositories accept either. */
export type Queryable = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/** Refuses a write on a file opened read-only, before anything is attempted. */
export function assertWritable(context: ServiceContext): void {
  if (context.database.readOnly) {
    throw new AppError(
      'READ_ONLY',
      context.database.readOnlyMessage ??
        "Ce fichier est ouvert en lecture seule : la modification n'a pas été enregistrée. " +
          'Votre saisie est conservée à l’écran.',
    );
  }
}

/**
 * Refuses work whose record could not be saved (file read-only, taken over,
 * or gone) before it writes a letter or sends a mail: nothing leaves the app
 * that the file would not remember.
 */
export async function assertCanWrite(context: ServiceContext): Promise<void> {
  assertWritable(context);
  await context.database.writeGuard?.beforeWrite();
}

/**
 * Runs a unit of work in one transaction: it lands whole or not at all, and
 * only while the file is still in its place and still held by this app.
 */
export async function inTransaction<T>(
  context: ServiceContext,
  work: (trx: Transaction<DatabaseSchema>) => Promise<T>,
): Promise<T> {
  await assertCanWrite(context);
  const guard = context.database.writeGuard;
  if (!guard) return context.database.db.transaction().execute(work);
  return context.database.db.transaction().execute(async (trx) => {
    await guard.insideWrite(trx);
    return work(trx);
  });
}
