import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FecImportPreview, ImportResult } from '../../../../src-shared/domain/import-changes';
import { isNothingNew } from '../../../../src-shared/domain/import-changes';
import { jobResult } from '../../../support/jobs';
import { createTestWorkspace, type TestWorkspace } from '../../../support/temp-workspace';
import {
  PIPE_FILE,
  TAB_FILE,
  naiveBalances,
  named,
  referencePresent as present,
} from '../fec/reference-fec-files';

async function balancesByCustomer(test: TestWorkspace) {
  const list = await test.call('debtors:list', { limit: 1000 });
  const balances = new Map<string, number>();
  const unallocated = new Map<string, number>();
  for (const row of list.rows) {
    const file = await test.call('debtors:get', { id: row.id });
    balances.set(file.debtor.externalRef ?? '', file.balance.balanceCents);
    unallocated.set(file.debtor.externalRef ?? '', file.balance.unallocatedCents);
  }
  return { balances, unallocated };
}

function importArgs(preview: FecImportPreview, filePath: string) {
  return {
    path: filePath,
    paymentTermsDays: preview.paymentTermsDays,
    expectedHash: preview.fileHash,
  };
}

describe.each([
  ['tab-separated 2022 export', TAB_FILE, '\t', 17],
  ['pipe-separated fixed-width export', PIPE_FILE, '|', 34],
])('importing the real %s', (_name, filePath, separator, customerCount) => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace();
    await test.call('file:create', {
      path: path.join(test.directory, 'dossier.sqlite'),
      companyName: 'Primeurs du Sud',
    });
  });

  afterEach(() => test.dispose());

  it.skipIf(!present)(
    named('gives each debtor the balance of its 411 lines, debit less credit'),
    async () => {
      const preview = await jobResult<FecImportPreview>(test, 'import:fecPreview', {
        path: filePath,
      });
      const result = await jobResult<ImportResult>(
        test,
        'import:fecRun',
        importArgs(preview, filePath),
      );

      const { balances } = await balancesByCustomer(test);
      expect(result.changes.debtorsCreated).toBe(customerCount);
      expect(balances).toEqual(naiveBalances(filePath, separator));
    },
  );

  it.skipIf(!present)(
    named('writes nothing during the preview, and announces what the import then does'),
    async () => {
      const preview = await jobResult<FecImportPreview>(test, 'import:fecPreview', {
        path: filePath,
      });

      expect((await test.call('debtors:list', {})).total).toBe(0);
      expect(preview.blockers).toEqual([]);
      expect(preview.fileErrorsWarning).toBeNull();
      expect(preview.paymentTermsDays).toBe(30);
      const result = await jobResult<ImportResult>(
        test,
        'import:fecRun',
        importArgs(preview, filePath),
      );
      expect({ ...result.changes, debtors: [] }).toEqual({ ...preview.changes, debtors: [] });
    },
  );

  it.skipIf(!present)(
    named('leaves no payment on account for a customer who owes something'),
    async () => {
      const preview = await jobResult<FecImportPreview>(test, 'import:fecPreview', {
        path: filePath,
      });
      await jobResult<ImportResult>(test, 'import:fecRun', importArgs(preview, filePath));

      const { balances, unallocated } = await balancesByCustomer(test);
      for (const [key, balance] of balances) {
        if (balance >= 0)
          expect({ key, unallocated: unallocated.get(key) }).toEqual({ key, unallocated: 0 });
        else expect(unallocated.get(key)).toBe(-balance);
      }
    },
  );

  it.skipIf(!present)(
    named('recognises the same file on a second import and adds nothing'),
    async () => {
      const first = await jobResult<FecImportPreview>(test, 'import:fecPreview', {
        path: filePath,
      });
      const imported = await jobResult<ImportResult>(
        test,
        'import:fecRun',
        importArgs(first, filePath),
      );
      const before = await balancesByCustomer(test);

      const second = await jobResult<FecImportPreview>(test, 'import:fecPreview', {
        path: filePath,
      });
      const again = await jobResult<ImportResult>(
        test,
        'import:fecRun',
        importArgs(second, filePath),
      );

      expect(second.previousImport).toMatchObject({
        fileName: path.basename(filePath),
        actor: 'Test',
      });
      expect(isNothingNew(again.changes)).toBe(true);
      expect(again.changes.alreadyPresent).toBe(
        imported.changes.invoicesAdded +
          imported.changes.paymentsAdded +
          imported.changes.creditNotesAdded,
      );
      expect(await balancesByCustomer(test)).toEqual(before);
    },
  );

  it.skipIf(!present)(
    named('writes one timeline event and one audit row per debtor, not one per line'),
    async () => {
      const preview = await jobResult<FecImportPreview>(test, 'import:fecPreview', {
        path: filePath,
      });
      await jobResult<ImportResult>(test, 'import:fecRun', importArgs(preview, filePath));

      const { sqlite } = test.workspace.context().database;
      const events = sqlite
        .prepare(`SELECT debtor_id, summary FROM debtor_events WHERE kind = 'ledger_imported'`)
        .all() as { debtor_id: number; summary: string }[];
      const audit = sqlite
        .prepare(`SELECT table_name, COUNT(*) AS n FROM audit_log GROUP BY table_name`)
        .all();
      expect(events).toHaveLength(customerCount);
      expect(new Set(events.map((event) => event.debtor_id)).size).toBe(customerCount);
      expect(events[0]?.summary).toMatch(/^Import du FEC « .+ » : dossier créé/);
      expect(audit).toEqual(
        expect.arrayContaining([
          { table_name: 'debtors', n: customerCount },
          { table_name: 'import_batches', n: 1 },
        ]),
      );
    },
  );
});
