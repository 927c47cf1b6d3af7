import path from 'node:path';
import fs from 'node:fs/promises';
import type { ImportResult } from '../../../src-shared/domain/import-changes';
import {
  guessMapping,
  missingFields,
  type ColumnMapping,
  type SheetPreview,
  type SheetRowError,
  type SheetTarget,
} from '../../../src-shared/domain/spreadsheet-import';
import { toDebtor } from '../../debtors/debtor-rows';
import { AppError } from '../../errors/app-error';
import { createLogger } from '../../logging/logger';
import type { Queryable, ServiceContext } from '../../workspace/service-context';
import type { ImportHandle } from '../fec-import/fec-import-service';
import { hashFile } from '../file-hash';
import { findImportByHash, recordImportBatch } from '../import-batches';
import { journalImport } from '../import-journal';
import { readPaymentTermsDays } from '../import-settings';
import { runImportTransaction } from '../import-transaction';
import { emptyPlan, ignoreLine, type LedgerPlan } from '../ledger-plan';
import { writeLedgerPlan } from '../ledger-plan-writer';
import { loadDebtorLedgers } from '../ledger-state';
import { findImportProfile, headerSignature, saveImportProfile } from './import-profiles';
import { readSheet, type Sheet } from './read-sheet';
import { cellText } from './sheet-cells';
import { planSheetDebtors, planSheetInvoices } from './sheet-plan';
import { readDebtorRecords, readInvoiceRecords } from './sheet-records';

const log = createLogger('import');
const SAMPLE_ROWS = 8;

/** What the user chose on the spreadsheet import screen. */
export interface SheetImportOptions {
  target: SheetTarget;
  /** The mapping chosen on screen; when left out, a saved profile or a guess. */
  mapping?: ColumnMapping | null | undefined;
  /** A profile to use (preview) or to save the mapping under (import). */
  profileName?: string | null | undefined;
  paymentTermsDays?: number | undefined;
  expectedHash?: string | null | undefined;
}

/** Reads a CSV or XLSX and works out what its import would change, writing nothing. */
export async function previewSheetImport(
  context: ServiceContext,
  filePath: string,
  options: SheetImportOptions,
): Promise<SheetPreview> {
  const sheet = await readSheet(filePath);
  const fileHash = await hashFile(filePath);
  const db = context.database.db;
  const paymentTermsDays = options.paymentTermsDays ?? (await readPaymentTermsDays(db));
  const profile =
    options.mapping !== null && options.mapping !== undefined
      ? null
      : await findImportProfile(db, {
          name: options.profileName ?? null,
          signature: headerSignature(sheet.headers),
          target: options.target,
        });
  const mapping = onlyPresent(
    options.mapping ?? profile?.mapping ?? guessMapping(sheet.headers, options.target),
    sheet,
  );
  const missing = missingFields(mapping, options.target);
  const { plan, rowErrors } =
    missing.length > 0
      ? { plan: emptyPlan('spreadsheet'), rowErrors: [] }
      : await planSheet(db, context, sheet, filePath, { ...options, mapping, paymentTermsDays });

  return {
    fileName: path.basename(filePath),
    format: sheet.format,
    encoding: sheet.encoding,
    separator: sheet.separator,
    sheetName: sheet.sheetName,
    headers: sheet.headers,
    sampleRows: sheet.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells.map(cellText)),
    rowCount: sheet.rows.length,
    target: options.target,
    mapping,
    profileName: profile?.name ?? options.profileName ?? null,
    missingFields: missing,
    rowErrors: rowErrors.slice(0, 1_000),
    rowErrorCount: rowErrors.length,
    fileHash,
    paymentTermsDays,
    previousImport: await findImportByHash(db, fileHash),
    changes: plan.changes,
  };
}

/**
 * Imports the readable rows of a spreadsheet in one transaction; the rows with errors are left
 * aside and listed. The mapping is saved under `profileName` for the next file of that source.
 */
export async function importSheet(
  context: ServiceContext,
  filePath: string,
  options: SheetImportOptions & { mapping: ColumnMapping },
  handle: ImportHandle = {},
): Promise<ImportResult> {
  const started = performance.now();
  handle.report?.({ done: 0, total: null, label: 'Lecture du tableur…' });
  const sheet = await readSheet(filePath);
  const fileHash = await hashFile(filePath);
  if (options.expectedHash && options.expectedHash !== fileHash) {
    throw new AppError(
      'CONFLICT',
      "Le fichier a changé depuis l'aperçu : relancez l'aperçu avant d'importer. Rien n'a été " +
        'importé.',
    );
  }
  const mapping = onlyPresent(options.mapping, sheet);
  const missing = missingFields(mapping, options.target);
  if (missing.length > 0) {
    throw new AppError(
      'VALIDATION',
      `Associez d'abord une colonne à ${missing.join(', ')}. Rien n'a été importé.`,
    );
  }
  const paymentTermsDays =
    options.paymentTermsDays ?? (await readPaymentTermsDays(context.database.db));
  const { size } = await fs.stat(filePath);
  const fileName = path.basename(filePath);

  const result = await runImportTransaction(context, handle.signal, async ({ trx, pause }) => {
    const { plan } = await planSheet(trx, context, sheet, filePath, {
      ...options,
      mapping,
      paymentTermsDays,
    });
    const written = await writeLedgerPlan(context.database.sqlite, plan, {
      pause,
      now: context.now().toISOString(),
      onProgress: (done, total) =>
        handle.report?.({ done, total, label: 'Écriture dans le dossier…' }),
    });
    const batchId = await recordImportBatch(trx, context, {
      kind: 'spreadsheet',
      fileName,
      fileHash,
      fileSize: size,
      periodFrom: null,
      periodTo: null,
      companySiren: null,
      changes: plan.changes,
    });
    await journalImport(trx, context, plan, written, {
      id: batchId,
      label: `Import du tableur « ${fileName} »`,
    });
    const profileName = options.profileName?.trim();
    if (profileName) {
      await saveImportProfile(trx, context, {
        name: profileName,
        target: options.target,
        mapping,
        signature: headerSignature(sheet.headers),
      });
    }
    return { batchId, fileName, changes: plan.changes };
  });
  log.info('spreadsheet imported', {
    batchId: result.batchId,
    rows: sheet.rows.length,
    ms: Math.round(performance.now() - started),
  });
  return result;
}

async function planSheet(
  db: Queryable,
  context: ServiceContext,
  sheet: Sheet,
  filePath: string,
  options: SheetImportOptions & { mapping: ColumnMapping; paymentTermsDays: number },
): Promise<{ plan: LedgerPlan; rowErrors: SheetRowError[] }> {
  const debtorRows = await db.selectFrom('debtors').selectAll().execute();
  const planContext = {
    fileName: path.basename(filePath),
    today: context.today(),
    debtors: debtorRows.map(toDebtor),
    ledgers: loadDebtorLedgers(context.database.sqlite, 'all'),
  };
  let plan: LedgerPlan;
  let rowErrors: SheetRowError[];
  if (options.target === 'debtors') {
    const read = readDebtorRecords(sheet, options.mapping);
    plan = planSheetDebtors(read.records, planContext);
    rowErrors = read.errors;
  } else {
    const read = readInvoiceRecords(sheet, options.mapping, options.paymentTermsDays);
    const planned = planSheetInvoices(read.records, planContext);
    plan = planned.plan;
    rowErrors = [
      ...read.errors,
      ...planned.refused.map(({ row, message }) => ({ row, messages: [message] })),
    ].sort((a, b) => a.row - b.row);
  }
  for (const error of rowErrors) {
    ignoreLine(plan, error.row, `Ligne ${error.row} : ${error.messages.join(' ; ')}`);
  }
  return { plan, rowErrors };
}

// A saved mapping may name columns this file does not have: those are dropped.
function onlyPresent(mapping: ColumnMapping, sheet: Sheet): ColumnMapping {
  return Object.fromEntries(
    Object.entries(mapping).filter(
      ([, header]) => header !== undefined && sheet.headers.includes(header),
    ),
  );
}
