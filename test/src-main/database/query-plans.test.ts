import type Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDebtorFile } from '../../../src-main/debtors/debtor-file';
import { buildAgenda } from '../../../src-main/relance/agenda-service';
import { loadRelanceWorld } from '../../../src-main/relance/relance-world';
import { loadDashboard } from '../../../src-main/reporting/dashboard-service';
import { recordingDatabase, tableScans, type CapturedQuery } from '../../support/query-plans';
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

// The records of the collection work grow as fast as the ledger.
const GROWING_TABLES = [
  ...LARGE_TABLES,
  'relance_actions',
  'relance_action_invoices',
  'promises',
  'promise_invoices',
  'payment_plans',
  'payment_plan_invoices',
  'payment_plan_installments',
  'disputes',
  'dispute_invoices',
];

// Words that may follow a table name in a FROM or JOIN without being its alias.
const NOT_ALIASES = new Set(
  'on where join left inner cross natural group order limit using union as set'.split(' '),
);

// The growing tables a query names, under the names its plan shows them by (their aliases).
function growingTablesByName(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const [, table = '', alias] of text.matchAll(
    /\b(?:from|join)\s+"?(\w+)"?(?:\s+(?:as\s+)?"?(\w+)"?)?/gi,
  )) {
    if (!GROWING_TABLES.includes(table)) continue;
    names.set(table, table);
    if (alias && !NOT_ALIASES.has(alias.toLowerCase())) names.set(alias, table);
  }
  return names;
}

/**
 * What makes a whole-file read cost more than one pass over each table: a growing table read
 * in full inside a join (once for every row of the outer loop), or reached through an index
 * SQLite had to build for the query because the file lacks it (AUTOMATIC).
 */
function extraPasses(sqlite: Database.Database, query: CapturedQuery): string[] {
  const names = growingTablesByName(query.sql);
  const plan = sqlite
    .prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
    .all(...(query.parameters as unknown[])) as { id: number; parent: number; detail: string }[];
  const loopsSeen = new Set<number>();
  const found: string[] = [];
  for (const step of plan) {
    const loop = /^(SCAN|SEARCH) "?(\w+)"?/.exec(step.detail);
    if (!loop) continue;
    const [, kind, name = ''] = loop;
    const inner = loopsSeen.has(step.parent);
    loopsSeen.add(step.parent);
    if (!names.has(name)) continue;
    if (kind === 'SCAN' && inner) found.push(`${step.detail} (in a join)`);
    if (kind === 'SEARCH' && step.detail.includes('AUTOMATIC')) found.push(step.detail);
  }
  return found;
}

// The same connection, every prepared text recorded: the reports read through bare statements.
function recordingSqlite(sqlite: Database.Database, queries: CapturedQuery[]): Database.Database {
  return new Proxy(sqlite, {
    get(target, key) {
      if (key === 'prepare') {
        return (text: string) => {
          queries.push({ sql: text, parameters: [] });
          return target.prepare(text);
        };
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

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

  function problems(queries: CapturedQuery[], check: typeof extraPasses): string[] {
    const { sqlite } = test.workspace.context().database;
    return queries.flatMap((query) =>
      check(sqlite, query).map((problem) => `${problem} ← ${query.sql.slice(0, 80)}`),
    );
  }

  it('opens a debtor file through indexes only', async () => {
    const context = test.workspace.context();
    const recording = recordingDatabase(context.database);

    await loadDebtorFile({ ...context, database: recording.database }, 5);

    expect(recording.queries.length).toBeGreaterThanOrEqual(5);
    const scans = problems(recording.queries, (sqlite, query) =>
      tableScans(sqlite, query, LARGE_TABLES),
    );
    expect(scans).toEqual([]);
  });

  it('builds today’s agenda in one pass over each table, joins through an index', async () => {
    const context = test.workspace.context();
    const recording = recordingDatabase(context.database);

    const agenda = await buildAgenda(
      { ...context, database: recording.database },
      { kind: 'tous' },
    );

    expect(agenda.items.length).toBeGreaterThan(0);
    expect(recording.queries.some((query) => /\bjoin\b/i.test(query.sql))).toBe(true);
    expect(problems(recording.queries, extraPasses)).toEqual([]);
  });

  it('reads one debtor’s relance through indexes only, as a batch does for each debtor', async () => {
    const context = test.workspace.context();
    const recording = recordingDatabase(context.database);
    const agenda = await buildAgenda(context, { kind: 'tous' });
    const debtorId = agenda.items[0]!.debtorId;

    const world = await loadRelanceWorld(
      recording.database.db,
      context.today(),
      debtorId,
      new Map(),
    );

    expect(world.debtors.map((debtor) => debtor.id)).toEqual([debtorId]);
    expect(world.invoices.get(debtorId)?.length).toBeGreaterThan(0);
    const scans = problems(recording.queries, (sqlite, query) =>
      tableScans(sqlite, query, GROWING_TABLES),
    );
    expect(scans).toEqual([]);
  });

  it('computes the dashboard in one pass over each table, joins through an index', async () => {
    const context = test.workspace.context();
    const recording = recordingDatabase(context.database);
    const sqlite = recordingSqlite(context.database.sqlite, recording.queries);
    const database = { ...recording.database, sqlite };

    const dashboard = await loadDashboard(
      { ...context, database },
      { from: null, to: null, sector: null, departement: null, riskClass: null },
    );

    expect(dashboard.debtorCount).toBe(30);
    expect(recording.queries.some((query) => query.sql.includes('FROM invoices t'))).toBe(true);
    expect(problems(recording.queries, extraPasses)).toEqual([]);
  });
});
