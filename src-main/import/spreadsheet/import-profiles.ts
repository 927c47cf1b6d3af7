import {
  foldHeader,
  type ColumnMapping,
  type ImportProfile,
  type SheetTarget,
} from '../../../src-shared/domain/spreadsheet-import';
import { recordChange } from '../../audit/audit-trail';
import { notFound } from '../../errors/app-error';
import {
  inTransaction,
  type Queryable,
  type ServiceContext,
} from '../../workspace/service-context';

/** The columns of a file, folded and sorted: two exports of the same software share it. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(foldHeader).sort().join('|');
}

/** Every saved mapping, by name. */
export async function listImportProfiles(db: Queryable): Promise<ImportProfile[]> {
  const rows = await db.selectFrom('importProfiles').selectAll().orderBy('name').execute();
  return rows.map(toProfile);
}

/** The profile of that name, or else the last one saved for files with the same columns. */
export async function findImportProfile(
  db: Queryable,
  query: { name: string | null; signature: string; target: SheetTarget },
): Promise<ImportProfile | null> {
  if (query.name !== null) {
    const named = await db
      .selectFrom('importProfiles')
      .selectAll()
      .where('name', '=', query.name)
      .executeTakeFirst();
    return named ? toProfile(named) : null;
  }
  const row = await db
    .selectFrom('importProfiles')
    .selectAll()
    .where('headerSignature', '=', query.signature)
    .where('target', '=', query.target)
    .orderBy('updatedAt', 'desc')
    .executeTakeFirst();
  return row ? toProfile(row) : null;
}

/** Saves (or replaces) a named mapping for this source, and audits it. */
export async function saveImportProfile(
  trx: Queryable,
  context: ServiceContext,
  profile: { name: string; target: SheetTarget; mapping: ColumnMapping; signature: string },
): Promise<void> {
  const now = context.now().toISOString();
  const before = await findImportProfile(trx, {
    name: profile.name,
    signature: '',
    target: profile.target,
  });
  const values = {
    name: profile.name,
    target: profile.target,
    headerSignature: profile.signature,
    mapping: JSON.stringify(profile.mapping),
    updatedAt: now,
  };
  const { id } = await trx
    .insertInto('importProfiles')
    .values({ ...values, createdAt: now })
    .onConflict((conflict) => conflict.column('name').doUpdateSet(values))
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordChange(trx, context, {
    table: 'import_profiles',
    rowId: id,
    action: before ? 'update' : 'insert',
    before,
    after: { ...values, mapping: profile.mapping },
  });
}

/** Forgets a saved mapping. */
export async function deleteImportProfile(context: ServiceContext, id: number): Promise<void> {
  await inTransaction(context, async (trx) => {
    const row = await trx
      .selectFrom('importProfiles')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('Ce profil d’import');
    await trx.deleteFrom('importProfiles').where('id', '=', id).execute();
    await recordChange(trx, context, {
      table: 'import_profiles',
      rowId: id,
      action: 'update',
      before: toProfile(row),
      after: null,
    });
  });
}

function toProfile(row: {
  id: number;
  name: string;
  target: SheetTarget;
  headerSignature: string;
  mapping: string;
  updatedAt: string;
}): ImportProfile {
  return {
    id: row.id,
    name: row.name,
    target: row.target,
    headerSignature: row.headerSignature,
    mapping: JSON.parse(row.mapping) as ColumnMapping,
    updatedAt: row.updatedAt,
  };
}
