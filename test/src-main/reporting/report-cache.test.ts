import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportDatabase, reportSnapshot } from '../../../src-main/reporting/report-cache';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor, sampleInvoice } from '../../support/sample-inputs';

describe('the reports’ snapshot cache', () => {
  let test: TestWorkspace;
  let filePath: string;
  let debtorId: number;
  let invoiceId: number;

  const snapshot = () => reportSnapshot(reportDatabase(test.workspace.context().database));

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    filePath = path.join(test.directory, 'dossier.sqlite');
    await test.call('file:create', { path: filePath, companyName: 'Atelier Lumière SAS' });
    debtorId = (await test.call('debtors:create', { input: sampleDebtor() })).id;
    invoiceId = (await test.call('invoices:add', { input: sampleInvoice(debtorId) })).id;
  });

  afterEach(() => test.dispose());

  it('survives the lock heartbeat, written here or seen from another connection', async () => {
    const first = await snapshot();

    await test.workspace.requireSession().heartbeat(new Date('2026-12-03T10:00:30.000Z'));
    const afterOwnBeat = await snapshot();
    // What a reader sees: another app's connection refreshing the lock row.
    const other = new Database(filePath);
    other.prepare('UPDATE file_lock SET heartbeat_at = ?').run('2026-12-03T10:01:00.000Z');
    other.close();
    const afterOtherBeat = await snapshot();

    expect(afterOwnBeat).toBe(first);
    expect(afterOtherBeat).toBe(first);
  });

  it('reloads after a payment, a dispute and a change of the debtor’s sector', async () => {
    const first = await snapshot();

    await test.call('payments:record', {
      input: {
        debtorId,
        date: '2026-11-20',
        amountCents: 20000,
        method: 'virement',
        reference: null,
        allocations: [{ invoiceId, amountCents: 20000 }],
      },
    });
    const afterPayment = await snapshot();
    await test.call('disputes:open', {
      input: {
        debtorId,
        reason: 'qualite',
        description: null,
        ownerUserId: null,
        openedOn: '2026-12-01',
        invoiceIds: [invoiceId],
      },
    });
    const afterDispute = await snapshot();
    await test.call('debtors:update', { id: debtorId, input: sampleDebtor({ sector: 'BTP' }) });
    const afterSector = await snapshot();

    expect(afterPayment).not.toBe(first);
    expect(afterPayment.ledger.payments.map((payment) => payment.amountCents)).toEqual([20000]);
    expect(afterDispute).not.toBe(afterPayment);
    expect(afterDispute.ledger.disputes).toHaveLength(1);
    expect(afterSector).not.toBe(afterDispute);
    expect(afterSector.ledger.debtors[0]!.sector).toBe('BTP');
  });

  it('reloads after rows written in bulk without the audit trail, as imports write', async () => {
    const first = await snapshot();

    test.workspace
      .context()
      .database.sqlite.prepare(
        `INSERT INTO payments (debtor_id, date, amount_cents, method, source, created_at)
         VALUES (?, '2026-11-25', 5000, 'virement', 'fec', '2026-12-03T10:00:00.000Z')`,
      )
      .run(debtorId);
    const after = await snapshot();

    expect(after).not.toBe(first);
    expect(after.ledger.payments.map((payment) => payment.amountCents)).toEqual([5000]);
  });

  it('moves the sector filter of the dashboard with the debtor', async () => {
    const before = await test.call('reporting:dashboard', { sector: 'BTP' });

    await test.call('debtors:update', { id: debtorId, input: sampleDebtor({ sector: 'BTP' }) });
    const after = await test.call('reporting:dashboard', { sector: 'BTP' });

    expect(before.totals.outstandingCents).toBe(0);
    expect(after.totals.outstandingCents).toBe(120000);
  });
});
