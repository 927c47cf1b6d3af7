import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { debtorDisplayName, type DebtorListRow } from '../../src-shared/domain/debtor';
import type { DebtorSortKey } from '../../src-shared/ipc/schemas/debtor-schemas';
import { toSearchKey } from '../../src-shared/text/search-key';
import { ledgerFingerprint } from '../database/ledger-fingerprint';
import type { OpenDatabase } from '../database/open-database';
import type { DatabaseSchema } from '../database/schema';
import { debtorTotalsSql } from '../ledger/open-amounts-sql';
import { createLogger } from '../logging/logger';

const log = createLogger('debtor-list');

/** Every debtor with its computed totals, and each sort order prepared once. */
export interface DebtorListSnapshot {
  rows: DebtorListRow[];
  searchKeys: string[];
  /** Row indexes in ascending order of each sort key (ties by name, then id). */
  orders: Record<DebtorSortKey, Int32Array>;
}

interface SnapshotRow {
  id: number;
  kind: 'entreprise' | 'particulier';
  name: string;
  firstName: string | null;
  siren: string | null;
  city: string;
  postalCode: string;
  departement: string | null;
  sector: string | null;
  archived: number;
  searchKey: string;
  openCents: number;
  overdueCents: number;
  maxDaysOverdue: number;
}

// One snapshot per open file. It is rebuilt when the debtors or the ledger
// changed, by this app or another process, or when the day changes; between
// writes every list query is answered from memory, which keeps filtering and
// sorting 50,000 debtors interactive. The key comes from the data itself
// (ledger-fingerprint.ts), not from SQLite's change counters, which the file
// lock's heartbeat moves every 30 seconds.
const snapshots = new WeakMap<OpenDatabase, { key: string; snapshot: DebtorListSnapshot }>();

/** The current snapshot of the debtor list, rebuilt only when the file or the day changed. */
export async function debtorListSnapshot(
  database: OpenDatabase,
  today: CalendarDate,
): Promise<DebtorListSnapshot> {
  const key = `${today}:${await ledgerFingerprint(
    async (text) => database.sqlite.prepare(text).raw().all() as unknown[][],
  )}`;
  const cached = snapshots.get(database);
  if (cached?.key === key) return cached.snapshot;

  const started = performance.now();
  const snapshot = await buildSnapshot(database.db, today);
  snapshots.set(database, { key, snapshot });
  log.info('snapshot rebuilt', {
    debtors: snapshot.rows.length,
    ms: Math.round(performance.now() - started),
  });
  return snapshot;
}

async function buildSnapshot(db: Kysely<DatabaseSchema>, today: CalendarDate) {
  const result = await sql<SnapshotRow>`
    SELECT d.id, d.kind, d.name, d.first_name, d.siren, d.city, d.postal_code, d.departement,
           d.sector, d.archived, d.search_key,
           COALESCE(t.open_cents, 0) AS open_cents,
           COALESCE(t.overdue_cents, 0) AS overdue_cents,
           COALESCE(t.max_days_overdue, 0) AS max_days_overdue
    FROM debtors d
    LEFT JOIN (${debtorTotalsSql(today)}) t ON t.debtor_id = d.id`.execute(db);

  const rows: DebtorListRow[] = result.rows.map((row) => ({
    id: row.id,
    displayName: debtorDisplayName(row),
    kind: row.kind,
    siren: row.siren,
    city: row.city,
    postalCode: row.postalCode,
    departement: row.departement,
    sector: row.sector,
    openCents: row.openCents,
    overdueCents: row.overdueCents,
    maxDaysOverdue: row.maxDaysOverdue,
    archived: row.archived === 1,
  }));
  const nameKeys = rows.map((row) => toSearchKey(row.displayName));
  const text = (values: (string | null)[]) => values.map((value) => toSearchKey(value ?? ''));
  return {
    rows,
    searchKeys: result.rows.map((row) => row.searchKey),
    orders: {
      name: sortedIndexes(nameKeys, nameKeys, rows),
      city: sortedIndexes(text(rows.map((row) => row.city)), nameKeys, rows),
      departement: sortedIndexes(text(rows.map((row) => row.departement)), nameKeys, rows),
      sector: sortedIndexes(text(rows.map((row) => row.sector)), nameKeys, rows),
      openCents: sortedIndexes(
        rows.map((row) => row.openCents),
        nameKeys,
        rows,
      ),
      overdueCents: sortedIndexes(
        rows.map((row) => row.overdueCents),
        nameKeys,
        rows,
      ),
      maxDaysOverdue: sortedIndexes(
        rows.map((row) => row.maxDaysOverdue),
        nameKeys,
        rows,
      ),
    },
  };
}

function sortedIndexes(
  keys: (string | number)[],
  nameKeys: string[],
  rows: DebtorListRow[],
): Int32Array {
  const order = Int32Array.from(keys.keys());
  const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  order.sort(
    (left, right) =>
      compare(keys[left]!, keys[right]!) ||
      compare(nameKeys[left]!, nameKeys[right]!) ||
      rows[left]!.id - rows[right]!.id,
  );
  return order;
}
