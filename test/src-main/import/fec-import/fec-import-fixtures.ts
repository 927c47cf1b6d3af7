import fs from 'node:fs';
import path from 'node:path';
import type { FecImportPreview, ImportResult } from '../../../../src-shared/domain/import-changes';
import type { JobStatus } from '../../../../src-shared/domain/job';
import { jobResult, runJob } from '../../../support/jobs';
import type { TestWorkspace } from '../../../support/temp-workspace';
import { fecText, type FixtureRow } from '../fec/fec-fixture';

/** Creates an empty company file in the test's folder. */
export async function createFile(test: TestWorkspace): Promise<void> {
  await test.call('file:create', {
    path: path.join(test.directory, 'dossier.sqlite'),
    companyName: 'Atelier Lumière SAS',
  });
}

/** Writes rows as a tab-separated FEC named `name` in the test's folder. */
export function writeFec(test: TestWorkspace, name: string, rows: FixtureRow[]): string {
  const filePath = path.join(test.directory, name);
  fs.writeFileSync(filePath, fecText(rows));
  return filePath;
}

/** Previews then imports a FEC through the channels, as the screen does. */
export async function importThroughChannels(
  test: TestWorkspace,
  filePath: string,
  options: { acceptFileErrors?: boolean } = {},
): Promise<ImportResult> {
  const preview = await jobResult<FecImportPreview>(test, 'import:fecPreview', { path: filePath });
  return jobResult<ImportResult>(test, 'import:fecRun', {
    path: filePath,
    paymentTermsDays: preview.paymentTermsDays,
    expectedHash: preview.fileHash,
    ...options,
  });
}

/** Runs the import job of a file without a preview and returns how it ended. */
export function tryImport(
  test: TestWorkspace,
  filePath: string,
  options: { acceptFileErrors?: boolean } = {},
): Promise<JobStatus> {
  return runJob(test, 'import:fecRun', {
    path: filePath,
    paymentTermsDays: 30,
    expectedHash: null,
    ...options,
  });
}

/** Each debtor's balance by its customer key. */
export async function balancesByKey(test: TestWorkspace): Promise<Map<string, number>> {
  const list = await test.call('debtors:list', { limit: 1000, includeArchived: true });
  const balances = new Map<string, number>();
  for (const row of list.rows) {
    const file = await test.call('debtors:get', { id: row.id });
    balances.set(file.debtor.externalRef ?? `#${row.id}`, file.balance.balanceCents);
  }
  return balances;
}

/** A customer line of the fixtures: journal, entry, date, debit, credit, lettrage, piece. */
export function customerRow(
  journal: string,
  num: string,
  date: string,
  amounts: { debit?: string; credit?: string },
  extra: Partial<FixtureRow> = {},
): FixtureRow {
  return {
    journal,
    num,
    date,
    account: '411000',
    aux: 'DUPONT',
    auxLabel: 'Dupont SARL',
    debit: amounts.debit ?? '0,00',
    credit: amounts.credit ?? '0,00',
    ...extra,
  };
}

/** The other side of a customer line, on `account`. */
export function counterpart(row: FixtureRow, account: string): FixtureRow {
  return {
    ...row,
    account,
    aux: '',
    auxLabel: '',
    debit: row.credit,
    credit: row.debit,
    lettrage: '',
    lettrageDate: '',
  };
}
