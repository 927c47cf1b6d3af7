import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type {
  ImportBatchSummary,
  ImportChanges,
  PreviousImport,
} from '../../src-shared/domain/import-changes';
import { recordChange } from '../audit/audit-trail';
import type { Queryable, ServiceContext } from '../workspace/service-context';

/** A file brought in, as the import_batches table keeps it. */
export interface NewImportBatch {
  kind: 'fec' | 'spreadsheet';
  fileName: string;
  fileHash: string;
  fileSize: number;
  periodFrom: CalendarDate | null;
  periodTo: CalendarDate | null;
  companySiren: string | null;
  changes: ImportChanges;
}

/** Records an import batch with its counts (not its per-debtor detail) and audits it. */
export async function recordImportBatch(
  db: Queryable,
  context: ServiceContext,
  batch: NewImportBatch,
): Promise<number> {
  const { debtors: _debtors, ignoredLines: _ignored, ...counts } = batch.changes;
  const row = {
    kind: batch.kind,
    fileName: batch.fileName,
    fileHash: batch.fileHash,
    fileSize: batch.fileSize,
    periodFrom: batch.periodFrom,
    periodTo: batch.periodTo,
    companySiren: batch.companySiren,
    counts: JSON.stringify(counts),
    actor: context.actor,
    importedAt: context.now().toISOString(),
  };
  const { id } = await db
    .insertInto('importBatches')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordChange(db, context, {
    table: 'import_batches',
    rowId: id,
    action: 'insert',
    before: null,
    after: { ...row, counts },
  });
  return id;
}

/** The last import of a file with this hash, or null. */
export async function findImportByHash(
  db: Queryable,
  fileHash: string,
): Promise<PreviousImport | null> {
  const row = await db
    .selectFrom('importBatches')
    .select(['fileName', 'importedAt', 'actor'])
    .where('fileHash', '=', fileHash)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ?? null;
}

/** The FEC already imported whose period ends last, or null. */
export async function latestFecImport(
  db: Queryable,
): Promise<{ fileName: string; periodFrom: string; periodTo: string } | null> {
  const row = await db
    .selectFrom('importBatches')
    .select(['fileName', 'periodFrom', 'periodTo'])
    .where('kind', '=', 'fec')
    .where('periodTo', 'is not', null)
    .orderBy('periodTo', 'desc')
    .executeTakeFirst();
  if (!row || row.periodFrom === null || row.periodTo === null) return null;
  return { fileName: row.fileName, periodFrom: row.periodFrom, periodTo: row.periodTo };
}

/** The imports of this file, latest first. */
export async function listImportBatches(db: Queryable): Promise<ImportBatchSummary[]> {
  const rows = await db
    .selectFrom('importBatches')
    .select(['id', 'kind', 'fileName', 'periodFrom', 'periodTo', 'importedAt', 'actor', 'counts'])
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  return rows.map(({ counts, ...row }) => {
    const parsed = JSON.parse(counts) as Partial<ImportChanges>;
    return {
      ...row,
      invoicesAdded: parsed.invoicesAdded ?? 0,
      paymentsAdded: parsed.paymentsAdded ?? 0,
      debtorsTouched: parsed.debtorsTouched ?? 0,
    };
  });
}
