import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseDigest } from '../../../support/database-digest';
import { jobResult } from '../../../support/jobs';
import { createTestWorkspace, type TestWorkspace } from '../../../support/temp-workspace';
import type { FecImportPreview } from '../../../../src-shared/domain/import-changes';
import type { FixtureRow } from '../fec/fec-fixture';
import {
  balancesByKey,
  counterpart,
  createFile,
  customerRow,
  importThroughChannels,
  tryImport,
  writeFec,
} from './fec-import-fixtures';

/** Year N: two invoices, one paid in part without lettrage. Dupont owes 1 550,00 at the end. */
function yearN(): FixtureRow[] {
  const f1 = customerRow('VE', '1', '20230115', { debit: '1200,00' }, { piece: 'F1' });
  const f2 = customerRow('VE', '2', '20230301', { debit: '600,00' }, { piece: 'F2' });
  const paid = customerRow('BQ', '1', '20230401', { credit: '250,00' }, { piece: 'VIR1' });
  return [
    f1,
    counterpart(f1, '706000'),
    f2,
    counterpart(f2, '706000'),
    paid,
    counterpart(paid, '512000'),
  ];
}

/** Year N+1 as many programs write it: one à-nouveau per customer, then the year's entries. */
function yearN1(openingAmount: string): FixtureRow[] {
  const opening = customerRow(
    'AN',
    '1',
    '20240101',
    { debit: openingAmount },
    { piece: 'RAN', label: 'Report à nouveau' },
  );
  const paid = customerRow(
    'BQ',
    '1',
    '20240210',
    { credit: '1550,00' },
    { piece: 'VIR2', lettrage: 'AA', lettrageDate: '20240210' },
  );
  const f3 = customerRow('VE', '1', '20240301', { debit: '480,00' }, { piece: 'F3' });
  return [
    opening,
    counterpart(opening, '890000'),
    paid,
    counterpart(paid, '512000'),
    f3,
    counterpart(f3, '706000'),
  ];
}

describe('the à-nouveaux of a later FEC', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2024-06-30');
    await createFile(test);
  });

  afterEach(() => test.dispose());

  it('are matched with the open invoices of year N, which a lettered payment then settles', async () => {
    await importThroughChannels(test, writeFec(test, 'FEC2023.txt', yearN()));

    const result = await importThroughChannels(
      test,
      writeFec(test, 'FEC2024.txt', yearN1('1550,00')),
    );

    const [debtor] = (await test.call('debtors:list', {})).rows;
    const file = await test.call('debtors:get', { id: debtor?.id ?? 0 });
    expect(file.invoices.map(({ number, openCents }) => [number, openCents])).toEqual([
      ['F1', 0],
      ['F2', 0],
      ['F3', 48_000],
    ]);
    expect(file.balance.balanceCents).toBe(48_000);
    expect(result.changes).toMatchObject({
      openingsMatched: 1,
      invoicesAdded: 1,
      paymentsAdded: 1,
      invoicesSettled: 2,
      warnings: [],
    });
  });

  it('become opening invoices when no earlier FEC of the customer was imported', async () => {
    await importThroughChannels(test, writeFec(test, 'FEC2024.txt', yearN1('1550,00')));

    const [debtor] = (await test.call('debtors:list', {})).rows;
    const file = await test.call('debtors:get', { id: debtor?.id ?? 0 });
    expect(
      file.invoices.map(({ number, issueDate, openCents }) => [number, issueDate, openCents]),
    ).toEqual([
      ['À-nouveau du 01/01/2024', '2024-01-01', 0],
      ['F3', '2024-03-01', 48_000],
    ]);
    expect(file.debtor).toMatchObject({ name: 'Dupont SARL', addressLine1: '', city: '' });
  });

  it('that differ from what was imported record the difference once, and say so', async () => {
    await importThroughChannels(test, writeFec(test, 'FEC2023.txt', yearN()));

    const result = await importThroughChannels(
      test,
      writeFec(test, 'FEC2024.txt', yearN1('1600,00')),
    );
    const again = await importThroughChannels(
      test,
      writeFec(test, 'FEC2024.txt', yearN1('1600,00')),
    );

    expect(result.changes.warnings).toEqual([expect.stringContaining("l'écart de 50,00")]);
    expect(again.changes.warnings).toEqual([]);
    expect(again.changes.invoicesAdded).toBe(0);
    expect(await balancesByKey(test)).toEqual(new Map([['DUPONT', 1600_00 - 1550_00 + 480_00]]));
  });

  it('of an older year than one already imported are refused, leaving the file unchanged', async () => {
    await importThroughChannels(test, writeFec(test, 'FEC2024.txt', yearN1('1550,00')));
    const { sqlite } = test.workspace.context().database;
    const before = databaseDigest(sqlite);
    const older = writeFec(test, 'FEC2023.txt', yearN());

    const preview = await jobResult<FecImportPreview>(test, 'import:fecPreview', { path: older });
    const status = await tryImport(test, older);

    expect(preview.blockers).toEqual([
      expect.stringContaining("Importez les exercices dans l'ordre"),
    ]);
    expect(status.state).toBe('failed');
    expect(status.error?.message).toContain('est antérieur à celui déjà importé « FEC2024.txt »');
    expect(databaseDigest(sqlite)).toEqual(before);
  });
});
