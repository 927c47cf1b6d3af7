import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { openItemsAsOf, type OpenItem } from '../../src-shared/file-sharing/open-items';
import type { Cents } from '../../src-shared/money/cents';
import {
  AGE_BUCKETS,
  agedBalance,
  type AgeBucket,
  type AgedBalance,
} from '../../src-shared/reporting/aged-balance';
import type { LedgerSnapshot, SnapshotDebtor } from './ledger-snapshot';

/** What the accountant's spreadsheet shows: the open items and the aged balance, one day. */
export interface PackFigures {
  asOf: CalendarDate;
  openItems: { debtor: SnapshotDebtor; item: OpenItem }[];
  balances: { debtor: SnapshotDebtor; balance: AgedBalance }[];
  totals: { buckets: Record<AgeBucket, Cents>; totalCents: Cents; unallocatedCents: Cents };
}

/**
 * Computes the pack's figures with the app's own rules: `agedBalance` per
 * debtor and the open items that make it up. Debtors with nothing open and
 * nothing unallocated are left out, as the accountant would.
 */
export function packFigures(snapshot: LedgerSnapshot, asOf: CalendarDate): PackFigures {
  const openItems: PackFigures['openItems'] = [];
  const balances: PackFigures['balances'] = [];
  const totals: PackFigures['totals'] = {
    buckets: { notDue: 0, days1to30: 0, days31to60: 0, days61to90: 0, over90: 0 },
    totalCents: 0,
    unallocatedCents: 0,
  };
  for (const debtor of snapshot.debtors) {
    const ledger = snapshot.ledgers.get(debtor.id);
    if (!ledger) continue;
    const balance = agedBalance(ledger, asOf);
    if (balance.totalCents === 0 && balance.unallocatedCents === 0) continue;
    balances.push({ debtor, balance });
    for (const item of openItemsAsOf(ledger, asOf)) openItems.push({ debtor, item });
    for (const bucket of AGE_BUCKETS) totals.buckets[bucket] += balance.buckets[bucket];
    totals.totalCents += balance.totalCents;
    totals.unallocatedCents += balance.unallocatedCents;
  }
  openItems.sort(
    (a, b) => a.item.dueDate.localeCompare(b.item.dueDate) || byDebtorName(a.debtor, b.debtor),
  );
  balances.sort((a, b) => byDebtorName(a.debtor, b.debtor));
  return { asOf, openItems, balances, totals };
}

// SQLite orders names by their bytes, which puts « Établissements Roche »
// after « Zénith »; the accountant expects the order of a French directory.
const frenchOrder = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

function byDebtorName(a: SnapshotDebtor, b: SnapshotDebtor): number {
  return frenchOrder.compare(a.displayName, b.displayName) || a.id - b.id;
}
