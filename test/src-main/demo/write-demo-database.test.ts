import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';

describe('demonstration file', () => {
  let test: TestWorkspace;

  beforeEach(() => {
    test = createTestWorkspace();
  });

  afterEach(() => test.dispose());

  it('holds the generated company, debtors and ledger, with disputes', async () => {
    const info = await test.call('file:createDemo', {
      path: path.join(test.directory, 'demo.sqlite'),
      seed: 7,
      debtors: 25,
    });
    const sqlite = test.workspace.context().database.sqlite;
    const count = (table: string) =>
      (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

    expect(info.companyName).not.toBe('Démonstration');
    expect(count('debtors')).toBe(25);
    expect(count('invoices')).toBe(250);
    expect(count('payments')).toBeGreaterThan(100);
    expect(count('disputes')).toBeGreaterThan(0);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('gives every debtor the same open and overdue amounts in the list as in its file', async () => {
    await test.call('file:createDemo', {
      path: path.join(test.directory, 'demo.sqlite'),
      seed: 11,
      debtors: 40,
    });

    const list = await test.call('debtors:list', { limit: 100 });
    for (const row of list.rows) {
      const file = await test.call('debtors:get', { id: row.id });
      expect([row.openCents, row.overdueCents]).toEqual([
        file.balance.openCents,
        file.balance.overdueCents,
      ]);
      expect(row.maxDaysOverdue).toBe(
        Math.max(0, ...file.invoices.map((invoice) => invoice.daysOverdue)),
      );
    }
    expect(list.totalOverdueCents).toBeGreaterThan(0);
  });
});
