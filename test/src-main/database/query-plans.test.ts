import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDebtorFile } from '../../../src-main/debtors/debtor-file';
import { recordingDatabase, tableScans } from '../../support/query-plans';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';

// Tables that grow with the business: no hot query may read them in full.
const LARGE_TABLES = [
  'debtors',
  'invoices',
  'payments',
  'payment_allocations',
  'credit_notes',
  'contacts',
  'debtor_events',
  'audit_log',
];

describe('query plans of the hot queries', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace();
    await test.call('file:createDemo', {
      path: path.join(test.directory, 'demo.sqlite'),
      seed: 3,
      debtors: 30,
    });
    test.workspace.context().database.sqlite.exec('ANALYZE');
  });

  afterEach(() => test.dispose());

  it('opens a debtor file through indexes only', async () => {
    const context = test.workspace.context();
    const recording = recordingDatabase(context.database);

    await loadDebtorFile({ ...context, database: recording.database }, 5);

    expect(recording.queries.length).toBeGreaterThanOrEqual(5);
    const scans = recording.queries.flatMap((query) =>
      tableScans(context.database.sqlite, query, LARGE_TABLES).map(
        (scan) => `${scan} ← ${query.sql.slice(0, 80)}`,
      ),
    );
    expect(scans).toEqual([]);
  });
});
