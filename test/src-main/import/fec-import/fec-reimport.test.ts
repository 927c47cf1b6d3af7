import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoCompany } from '../../../../src-main/demo/demo-company';
import { writeDemoFec } from '../../../../src-main/demo/fec-writer';
import { readFecReceivables } from '../../../../src-main/import/fec/read-fec-receivables';
import { isNothingNew } from '../../../../src-shared/domain/import-changes';
import { sampleDebtor, sampleInvoice } from '../../../support/sample-inputs';
import { createTestWorkspace, type TestWorkspace } from '../../../support/temp-workspace';
import { makeTempDir } from '../fec/fec-fixture';
import { balancesByKey, createFile, importThroughChannels } from './fec-import-fixtures';

const TODAY = '2025-06-30';

describe('importing the FEC of year N, then of year N+1, of the same company', () => {
  const demo = generateDemoCompany({ seed: 7, debtors: 30, today: TODAY });
  let folder: { dir: string; remove: () => Promise<void> };
  let yearN = '';
  let yearN1 = '';
  let test: TestWorkspace;

  beforeAll(async () => {
    folder = await makeTempDir();
    const write = async (start: string, name: string) => {
      const directory = path.join(folder.dir, name);
      fs.mkdirSync(directory);
      const written = await writeDemoFec({
        company: demo.company,
        debtors: demo.debtors,
        today: TODAY,
        directory,
        fiscalYearStart: start,
      });
      return written.path;
    };
    yearN = await write('2024-01-01', '2024');
    yearN1 = await write('2025-01-01', '2025');
  });

  afterAll(() => folder.remove());

  beforeEach(async () => {
    test = createTestWorkspace('2025-07-01');
    await createFile(test);
  });

  afterEach(() => test.dispose());

  it('ends with the balances of year N+1, each invoice once and the à-nouveaux matched', async () => {
    const nextYear = await readFecReceivables(yearN1);
    const openings = nextYear.customers.flatMap((customer) =>
      customer.items.filter((item) => item.kind === 'opening'),
    );

    const first = await importThroughChannels(test, yearN);
    const second = await importThroughChannels(test, yearN1);

    const expected = new Map(nextYear.customers.map((c) => [c.key, c.balanceCents]));
    expect(await balancesByKey(test)).toEqual(expected);
    expect(second.changes.debtorsCreated).toBe(0);
    expect(second.changes.openingsMatched).toBe(openings.length);
    expect(second.changes.warnings).toEqual([]);
    const { sqlite } = test.workspace.context().database;
    const duplicates = sqlite
      .prepare(
        `SELECT debtor_id, number FROM invoices GROUP BY debtor_id, number HAVING COUNT(*) > 1`,
      )
      .all();
    expect(duplicates).toEqual([]);
    const invoiceCount = sqlite.prepare('SELECT COUNT(*) FROM invoices').pluck().get();
    expect(invoiceCount).toBe(first.changes.invoicesAdded + second.changes.invoicesAdded);
  });

  it('closes the invoices lettered in year N+1, those brought forward included', async () => {
    const nextYear = await readFecReceivables(yearN1);
    await importThroughChannels(test, yearN);

    const second = await importThroughChannels(test, yearN1);

    expect(second.changes.invoicesSettled).toBeGreaterThan(0);
    const list = await test.call('debtors:list', { limit: 1000 });
    let checked = 0;
    for (const row of list.rows) {
      const file = await test.call('debtors:get', { id: row.id });
      const customer = nextYear.customers.find((c) => c.key === file.debtor.externalRef);
      const lettered = (customer?.items ?? []).filter(
        (item) => item.lettrage !== null && item.debitCents > 0,
      );
      for (const item of lettered) {
        const invoice = file.invoices.find((candidate) => candidate.number === item.pieceRef);
        expect({ number: item.pieceRef, open: invoice?.openCents }).toEqual({
          number: item.pieceRef,
          open: 0,
        });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('says « rien de nouveau » when year N+1 comes a second time', async () => {
    await importThroughChannels(test, yearN);
    await importThroughChannels(test, yearN1);
    const before = await balancesByKey(test);

    const again = await importThroughChannels(test, yearN1);

    expect(isNothingNew(again.changes)).toBe(true);
    expect(again.changes.debtors).toEqual([]);
    expect(await balancesByKey(test)).toEqual(before);
  });

  it('keeps what was typed by hand: identity, notes, contacts, ledger, disputes, promises', async () => {
    await importThroughChannels(test, yearN);
    const [row] = (await test.call('debtors:list', { limit: 1 })).rows;
    const debtorId = row?.id ?? 0;
    const imported = await test.call('debtors:get', { id: debtorId });
    await test.call('debtors:update', {
      id: debtorId,
      input: sampleDebtor({
        name: 'Nom corrigé à la main',
        siren: null,
        notes: 'Appeler le comptable le mardi',
      }),
    });
    await test.call('contacts:add', {
      debtorId,
      input: { name: 'Mme Roux', role: 'Comptable', email: null, phone: null, isPrimary: true },
    });
    const invoice = await test.call('invoices:add', {
      input: sampleInvoice(debtorId, {
        number: 'MANUEL-1',
        issueDate: '2025-05-02',
        dueDate: '2025-06-01',
      }),
    });
    await test.call('payments:record', {
      input: {
        debtorId,
        date: '2025-06-10',
        amountCents: 50_000,
        method: 'cheque',
        reference: 'Chèque 123',
        allocations: [{ invoiceId: invoice.id, amountCents: 50_000 }],
      },
    });
    const { sqlite } = test.workspace.context().database;
    sqlite
      .prepare(
        `INSERT INTO disputes (debtor_id, reason, description, opened_on, created_by, created_at)
         VALUES (?, 'prix', 'Conteste le tarif', '2025-05-10', 'Test', '2025-05-10T10:00:00Z')`,
      )
      .run(debtorId);
    sqlite
      .prepare(
        `INSERT INTO promises (debtor_id, made_on, due_on, amount_cents, channel, created_by,
           created_at) VALUES (?, '2025-06-01', '2025-07-15', 20000, 'telephone', 'Test', '2025-06-01')`,
      )
      .run(debtorId);
    const typed = await test.call('debtors:get', { id: debtorId });

    await importThroughChannels(test, yearN1);

    const after = await test.call('debtors:get', { id: debtorId });
    const nextYear = await readFecReceivables(yearN1);
    const fecBalance =
      nextYear.customers.find((c) => c.key === imported.debtor.externalRef)?.balanceCents ?? 0;
    expect(after.debtor).toMatchObject({
      name: 'Nom corrigé à la main',
      notes: 'Appeler le comptable le mardi',
      addressLine1: '12 rue de la Paix',
      externalRef: imported.debtor.externalRef,
    });
    expect(after.contacts).toEqual(typed.contacts);
    expect(after.invoices.find((row) => row.number === 'MANUEL-1')).toMatchObject({
      source: 'manual',
      openCents: 70_000,
    });
    expect(after.payments.filter((payment) => payment.source === 'manual')).toEqual(
      typed.payments.filter((payment) => payment.source === 'manual'),
    );
    expect(after.events.slice(0, typed.events.length)).toEqual(typed.events);
    expect(after.events.at(-1)?.kind).toBe('ledger_imported');
    expect(after.balance.balanceCents).toBe(fecBalance + 120_000 - 50_000);
    expect(sqlite.prepare('SELECT description FROM disputes').pluck().all()).toEqual([
      'Conteste le tarif',
    ]);
    expect(sqlite.prepare('SELECT amount_cents FROM promises').pluck().all()).toEqual([20000]);
  });
});
