import fs from 'node:fs/promises';
import type { FecImportPreview, ImportResult } from '../../../src-shared/domain/import-changes';
import type { JobProgress } from '../../../src-shared/domain/job';
import { AppError } from '../../errors/app-error';
import { createLogger } from '../../logging/logger';
import type { ServiceContext } from '../../workspace/service-context';
import { hashFile } from '../file-hash';
import { findImportByHash, recordImportBatch } from '../import-batches';
import { journalImport } from '../import-journal';
import { readPaymentTermsDays, savePaymentTermsDays } from '../import-settings';
import { runImportTransaction } from '../import-transaction';
import { ignoreLine, type LedgerPlan } from '../ledger-plan';
import { writeLedgerPlan } from '../ledger-plan-writer';
import { loadDebtorLedgers } from '../ledger-state';
import { readFecReceivables } from '../fec/read-fec-receivables';
import type { FecReceivables } from '../fec/types';
import { fecImportBlockers, fileErrorsWarning } from './fec-import-checks';
import { planFecImport } from './fec-import-plan';

const log = createLogger('import');

/** What the user chose on the import screen. */
export interface FecImportOptions {
  /** Days from the piece date to the due date; the last import's choice when left out. */
  paymentTermsDays?: number | undefined;
  /** The hash the preview showed: the import refuses a file changed since. */
  expectedHash?: string | null | undefined;
  /** The user agreed to leave the unreadable lines aside. */
  acceptFileErrors?: boolean | undefined;
}

/** Progress and cancellation, as a job hands them over. */
export interface ImportHandle {
  signal?: AbortSignal;
  report?(progress: JobProgress): void;
}

// Reading takes the first 60 % of the bar, writing the rest.
const READ_SHARE = 600;
const BAR = 1_000;

/** Reads a FEC and works out what its import would change, writing nothing. */
export async function previewFecImport(
  context: ServiceContext,
  filePath: string,
  options: FecImportOptions,
  handle: ImportHandle = {},
): Promise<FecImportPreview> {
  const started = performance.now();
  const { fileHash, receivables, paymentTermsDays } = await readForImport(
    context,
    filePath,
    options,
    handle,
  );
  const ledgers = loadDebtorLedgers(context.database.sqlite, 'with-external-ref');
  const plan = planOf(receivables, ledgers, paymentTermsDays);
  const file = receivables.preview;
  log.info('fec preview', {
    lines: file.lineCount,
    customers: file.customers.length,
    ms: Math.round(performance.now() - started),
  });
  return {
    file,
    fileHash,
    paymentTermsDays,
    previousImport: await findImportByHash(context.database.db, fileHash),
    changes: plan.changes,
    blockers: await fecImportBlockers(context.database.db, file),
    fileErrorsWarning: fileErrorsWarning(file),
  };
}

/**
 * Imports a FEC in one transaction: it lands whole or not at all, and a cancellation rolls it
 * back. Refused while the preview's blockers hold, or when lines could not be read and the user
 * did not agree to leave them aside.
 */
export async function importFec(
  context: ServiceContext,
  filePath: string,
  options: FecImportOptions,
  handle: ImportHandle = {},
): Promise<ImportResult> {
  const started = performance.now();
  const { fileHash, receivables, paymentTermsDays, fileSize } = await readForImport(
    context,
    filePath,
    options,
    handle,
  );
  if (options.expectedHash && options.expectedHash !== fileHash) {
    throw new AppError(
      'CONFLICT',
      "Le fichier a changé depuis l'aperçu : relancez l'aperçu avant d'importer. Rien n'a été " +
        'importé.',
    );
  }
  const file = receivables.preview;
  const blockers = await fecImportBlockers(context.database.db, file);
  if (blockers.length > 0) throw new AppError('VALIDATION', blockers.join(' '));
  const warning = fileErrorsWarning(file);
  if (warning !== null && options.acceptFileErrors !== true) {
    throw new AppError('VALIDATION', `${warning} Rien n'a été importé.`);
  }

  const result = await runImportTransaction(context, handle.signal, async ({ trx, pause }) => {
    const ledgers = loadDebtorLedgers(context.database.sqlite, 'with-external-ref');
    const plan = planOf(receivables, ledgers, paymentTermsDays);
    const written = await writeLedgerPlan(context.database.sqlite, plan, {
      pause,
      now: context.now().toISOString(),
      onProgress: (done, total) =>
        handle.report?.({
          done: READ_SHARE + Math.round(((BAR - READ_SHARE) * done) / Math.max(total, 1)),
          total: BAR,
          label: 'Écriture dans le dossier…',
        }),
    });
    const batchId = await recordImportBatch(trx, context, {
      kind: 'fec',
      fileName: file.fileName,
      fileHash,
      fileSize,
      periodFrom: file.period?.from ?? null,
      periodTo: file.period?.to ?? null,
      companySiren: file.company.siren,
      changes: plan.changes,
    });
    await journalImport(trx, context, plan, written, {
      id: batchId,
      label: `Import du FEC « ${file.fileName} »`,
    });
    await savePaymentTermsDays(trx, paymentTermsDays);
    return { batchId, fileName: file.fileName, changes: plan.changes };
  });
  log.info('fec imported', {
    batchId: result.batchId,
    invoices: result.changes.invoicesAdded,
    payments: result.changes.paymentsAdded,
    debtors: result.changes.debtorsTouched,
    ms: Math.round(performance.now() - started),
  });
  return result;
}

async function readForImport(
  context: ServiceContext,
  filePath: string,
  options: FecImportOptions,
  handle: ImportHandle,
): Promise<{
  fileHash: string;
  fileSize: number;
  receivables: FecReceivables;
  paymentTermsDays: number;
}> {
  handle.report?.({ done: 0, total: BAR, label: 'Lecture du FEC…' });
  const receivables = await readFecReceivables(filePath, {
    signal: handle.signal,
    onProgress: ({ bytesRead, totalBytes }) =>
      handle.report?.({
        done: Math.round((READ_SHARE * bytesRead) / Math.max(totalBytes, 1)),
        total: BAR,
        label: 'Lecture du FEC…',
      }),
  });
  const fileHash = await hashFile(filePath);
  const { size } = await fs.stat(filePath);
  const paymentTermsDays =
    options.paymentTermsDays ?? (await readPaymentTermsDays(context.database.db));
  return { fileHash, fileSize: size, receivables, paymentTermsDays };
}

function planOf(
  receivables: FecReceivables,
  ledgers: ReturnType<typeof loadDebtorLedgers>,
  paymentTermsDays: number,
): LedgerPlan {
  const { preview } = receivables;
  const plan = planFecImport(receivables.customers, ledgers, {
    paymentTermsDays,
    periodFrom: preview.period?.from ?? null,
  });
  for (const issue of preview.rejectedLines) ignoreLine(plan, issue.line, issue.message);
  plan.changes.linesIgnored += preview.rejectedLineCount - preview.rejectedLines.length;
  plan.changes.ignoredLines.sort((a, b) => a.line - b.line);
  return plan;
}
