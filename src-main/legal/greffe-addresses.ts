import { toSearchKey } from '../../src-shared/text/search-key';
import { recordChange } from '../audit/audit-trail';
import type { Queryable, ServiceContext } from '../workspace/service-context';

// The greffe address typed in a requête is kept in the key/value settings, one key per court
// name as the requête writes it: the juge des contentieux de la protection may sit apart from
// its tribunal judiciaire, and a court typed by hand has no code. It is a memory of the form,
// not a verified address: the one entered in « Réglages juridiques » stays the reference.
const PREFIX = 'legal.greffeAddress.';

function keyOf(courtName: string): string {
  return PREFIX + toSearchKey(courtName);
}

/** The greffe address last typed in a requête to this court, or null. */
export async function rememberedGreffeAddress(
  db: Queryable,
  courtName: string,
): Promise<string | null> {
  if (!courtName.trim()) return null;
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', keyOf(courtName))
    .executeTakeFirst();
  return row?.value ?? null;
}

/** Keeps the greffe address of a requête for its court (inside the caller's transaction). */
export async function rememberGreffeAddress(
  trx: Queryable,
  context: ServiceContext,
  courtName: string,
  address: string,
): Promise<void> {
  const clean = address.trim();
  if (!courtName.trim() || !clean) return;
  const key = keyOf(courtName);
  const before = await rememberedGreffeAddress(trx, courtName);
  if (before === clean) return;
  await trx.deleteFrom('settings').where('key', '=', key).execute();
  await trx.insertInto('settings').values({ key, value: clean }).execute();
  await recordChange(trx, context, {
    table: 'settings',
    rowId: 0,
    action: before === null ? 'insert' : 'update',
    before: before === null ? null : { key, value: before },
    after: { key, value: clean },
  });
}
