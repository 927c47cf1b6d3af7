import type { FileRatings } from '../risk/assess-file';
import { averageDaysLate } from '../risk/payment-history';
import type { DashboardFilters } from './dashboard-types';
import { selectDebtors } from './dashboard-filters';
import { settlementsByInvoice, type Settlement } from './invoice-settlements';
import { exposureByDebtor, openItemsAsOf, type OpenItem } from './open-items';
import { restrictLedger, type DebtorLedger, type ReportLedger } from './report-ledger';

/** The file, split by debtor, with every debtor's rating at the end of the period. */
export interface ReportSources {
  ledger: ReportLedger;
  byDebtor: ReadonlyMap<number, DebtorLedger>;
  ratings: FileRatings;
}

/** The part of the file the filters keep, with the intermediate results every figure shares. */
export interface DashboardView {
  filters: DashboardFilters;
  ledger: ReportLedger;
  ledgers: DebtorLedger[];
  settlements: Map<number, Settlement[]>;
  items: OpenItem[];
  itemsByDebtor: Map<number, OpenItem[]>;
  exposure: ReturnType<typeof exposureByDebtor>;
  /** Each debtor's usual delay past due, in days (null without payment). */
  usualDelays: Map<number, number | null>;
}

/** Applies the filters and computes the open items at the end of the period, once. */
export function dashboardView(sources: ReportSources, filters: DashboardFilters): DashboardView {
  const ids = selectDebtors(sources.ledger.debtors, sources.ratings.ratings, filters);
  const everyone = ids.size === sources.ledger.debtors.length;
  const ledger = everyone ? sources.ledger : restrictLedger(sources.ledger, ids);
  const ledgers = [...ids].map((id) => sources.byDebtor.get(id)!).filter(Boolean);
  const settlements = settlementsByInvoice(ledger.payments, ledger.creditNotes);
  const items = openItemsAsOf(ledger, filters.to, settlements);
  const itemsByDebtor = new Map<number, OpenItem[]>();
  for (const item of items) {
    const list = itemsByDebtor.get(item.debtorId);
    if (list) list.push(item);
    else itemsByDebtor.set(item.debtorId, [item]);
  }
  const usualDelays = new Map<number, number | null>();
  for (const id of ids) {
    const history = sources.ratings.histories.get(id);
    usualDelays.set(id, history ? averageDaysLate(history) : null);
  }
  return {
    filters,
    ledger,
    ledgers,
    settlements,
    items,
    itemsByDebtor,
    exposure: exposureByDebtor(items),
    usualDelays,
  };
}
