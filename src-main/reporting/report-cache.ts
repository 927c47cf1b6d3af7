import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import {
  groupByDebtor,
  type DebtorLedger,
  type ReportLedger,
} from '../../src-shared/reporting/report-ledger';
import { rateDebtors, type FileRatings } from '../../src-shared/risk/assess-file';
import type { OpenDatabase } from '../database/open-database';
import { createLogger } from '../logging/logger';
import { ledgerFingerprint } from '../database/ledger-fingerprint';
import { loadReportLedger } from './report-ledger-loader';
import { sqliteReader, type ReportDatabase } from './row-reader';

const log = createLogger('reporting');

/** The file as the reports read it, split by debtor. */
export interface ReportSnapshot {
  ledger: ReportLedger;
  byDebtor: Map<number, DebtorLedger>;
}

interface Entry {
  stamp: string;
  snapshot: ReportSnapshot;
  ratings: Map<CalendarDate, FileRatings>;
}

// Risk scores and figures are computed on read, never stored. Reading the whole file for each
// screen would be slow on 10,000 debtors, so the snapshot is kept in memory, by connection,
// and thrown away as soon as the ledger or the collection records change. The key is read
// from the data itself (ledger-fingerprint.ts), not from SQLite's change counters: those also
// move with the file lock's heartbeat, every 30 seconds in the app holding the file and in
// every app reading it, and each move would cost a full reload.
const entries = new WeakMap<object, Entry>();
const KEPT_DATES = 4;

async function entryFor(database: ReportDatabase): Promise<Entry> {
  const stamp = await ledgerFingerprint(database.read);
  const cached = entries.get(database.db);
  if (cached && cached.stamp === stamp) return cached;

  const started = performance.now();
  const ledger = await loadReportLedger(database);
  const entry: Entry = {
    stamp,
    snapshot: { ledger, byDebtor: groupByDebtor(ledger) },
    ratings: new Map(),
  };
  entries.set(database.db, entry);
  log.info('report snapshot loaded', {
    debtors: ledger.debtors.length,
    invoices: ledger.invoices.length,
    ms: Math.round(performance.now() - started),
  });
  return entry;
}

/** An open file as the reports read it, through the fast reader. */
export function reportDatabase(database: OpenDatabase): ReportDatabase {
  return { db: database.db, read: sqliteReader(database.sqlite) };
}

/** The whole file as the reports read it, reloaded only when the ledger or its records changed. */
export async function reportSnapshot(database: ReportDatabase): Promise<ReportSnapshot> {
  return (await entryFor(database)).snapshot;
}

/** Every active debtor's rating as of a day, computed once per state of the file. */
export async function fileRatings(
  database: ReportDatabase,
  asOf: CalendarDate,
): Promise<FileRatings> {
  const entry = await entryFor(database);
  const known = entry.ratings.get(asOf);
  if (known) return known;

  const ratings = rateDebtors(entry.snapshot.byDebtor.values(), asOf);
  if (entry.ratings.size >= KEPT_DATES) {
    const oldest = entry.ratings.keys().next().value as CalendarDate;
    entry.ratings.delete(oldest);
  }
  entry.ratings.set(asOf, ratings);
  return ratings;
}
