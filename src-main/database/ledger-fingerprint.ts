/** Runs a fixed SQL text and gives its rows as arrays (the reports' reader is one). */
export type FingerprintReader = (text: string) => Promise<unknown[][]>;

// The tables the reports and the debtor list read (report-ledger-loader.ts,
// collection-queries.ts, debtor-list-snapshot.ts). Rows are only
// ever added to most of them, so the largest rowid of each moves with every insert, whoever
// writes it: a service, an import's bulk statements, the demo writer. Updates and deletes
// (a debtor's sector, a dispute closed, a credit limit removed) go through the services, and
// every service write appends to audit_log in the same transaction; an import records its
// batch there too. The last audit row's id and time therefore move with them. Its time also
// tells a restored backup apart from the state it replaced, whose last id may be the same.
const LEDGER_TABLES = [
  'debtors',
  'invoices',
  'payments',
  'payment_allocations',
  'credit_notes',
  'promises',
  'promise_invoices',
  'payment_plans',
  'payment_plan_invoices',
  'payment_plan_installments',
  'disputes',
  'dispute_invoices',
  'app_users',
  'credit_limits',
  'debtor_events',
  'relance_actions',
  'legal_cases',
] as const;

const LAST_AUDIT = `(SELECT id || '@' || at FROM audit_log ORDER BY id DESC LIMIT 1)`;

const PRESENT = `SELECT name FROM sqlite_master WHERE type = 'table'
  AND name IN (${LEDGER_TABLES.map((table) => `'${table}'`).join(', ')}) ORDER BY name`;

/**
 * A short text that changes whenever the ledger or the collection records change, and only
 * then: the lock heartbeat, backups' settings and other bookkeeping leave it as it is. Each
 * part is a lookup at the end of an index (max(rowid), the last audit row), so it costs the
 * same on 10 rows as on 100,000.
 */
export async function ledgerFingerprint(read: FingerprintReader): Promise<string> {
  // A file from an older schema lacks the later tables; the list is read each time since a
  // restore followed by a migration may add them while the connection stays open.
  const tables = (await read(PRESENT)).map((row) => row[0] as string);
  const parts = [LAST_AUDIT, ...tables.map((table) => `(SELECT max(rowid) FROM ${table})`)];
  const [row] = await read(`SELECT ${parts.join(', ')}`);
  return `${tables.length}|${(row ?? []).map((value) => String(value ?? '-')).join('|')}`;
}
