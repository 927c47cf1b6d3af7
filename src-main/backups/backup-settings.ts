import { sql } from 'kysely';
import {
  DEFAULT_BACKUPS_KEPT,
  MAX_BACKUPS_KEPT,
  MIN_BACKUPS_KEPT,
} from '../../src-shared/file-sharing/backup';
import { recordChange } from '../audit/audit-trail';
import { validationError } from '../errors/app-error';
import { inTransaction, type Queryable, type ServiceContext } from '../workspace/service-context';

// The rotation is a setting of the file itself, so it follows the file to
// whichever machine opens it.
const KEY = 'backups_kept';

/** How many automatic backups of this file are kept. */
export async function readKeepCount(db: Queryable): Promise<number> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', KEY)
    .executeTakeFirst();
  const value = Number(row?.value);
  return Number.isInteger(value) && value >= MIN_BACKUPS_KEPT && value <= MAX_BACKUPS_KEPT
    ? value
    : DEFAULT_BACKUPS_KEPT;
}

/** Sets how many automatic backups of this file are kept, with the change in the audit trail. */
export async function setKeepCount(context: ServiceContext, keepCount: number): Promise<number> {
  if (
    !Number.isInteger(keepCount) ||
    keepCount < MIN_BACKUPS_KEPT ||
    keepCount > MAX_BACKUPS_KEPT
  ) {
    const message = `Indiquez un nombre de sauvegardes entre ${MIN_BACKUPS_KEPT} et ${MAX_BACKUPS_KEPT}.`;
    throw validationError({ keepCount: message });
  }
  return inTransaction(context, async (trx) => {
    const before = await readKeepCount(trx);
    await trx
      .insertInto('settings')
      .values({ key: KEY, value: String(keepCount) })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: String(keepCount) }))
      .execute();
    const row = await trx
      .selectFrom('settings')
      .select(sql<number>`rowid`.as('rowId'))
      .where('key', '=', KEY)
      .executeTakeFirstOrThrow();
    await recordChange(trx, context, {
      table: 'settings',
      rowId: row.rowId,
      action: 'update',
      before: { [KEY]: before },
      after: { [KEY]: keepCount },
    });
    return keepCount;
  });
}
