import type { CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';
import { daysFromTo } from './day-number';
import { invoiceStateAsOf, settlementsByInvoice, type Settlement } from './invoice-settlements';
import type { ReportLedger } from './report-ledger';

/** An invoice with something still open on it at the end of a day. */
export interface OpenItem {
  invoiceId: number;
  debtorId: number;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  openCents: Cents;
  /** Days past the due date that day; 0 or less when not yet due. */
  daysPastDue: number;
}

/**
 * The invoices issued by `asOf` that were still open at the end of that day, by the payments
 * and credit notes dated by then. Pass the settlements when they are already grouped.
 */
export function openItemsAsOf(
  ledger: Pick<ReportLedger, 'invoices' | 'payments' | 'creditNotes'>,
  asOf: CalendarDate,
  settlements: ReadonlyMap<number, readonly Settlement[]> = settlementsByInvoice(
    ledger.payments,
    ledger.creditNotes,
  ),
): OpenItem[] {
  const items: OpenItem[] = [];
  for (const invoice of ledger.invoices) {
    if (invoice.issueDate > asOf) continue;
    const { openCents } = invoiceStateAsOf(invoice, settlements.get(invoice.id), asOf);
    if (openCents <= 0) continue;
    items.push({
      invoiceId: invoice.id,
      debtorId: invoice.debtorId,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      openCents,
      daysPastDue: daysFromTo(invoice.dueDate, asOf),
    });
  }
  return items;
}

/** Open and overdue amounts by debtor. */
export function exposureByDebtor(
  items: readonly OpenItem[],
): Map<number, { openCents: Cents; overdueCents: Cents; maxDaysOverdue: number }> {
  const byDebtor = new Map<
    number,
    { openCents: Cents; overdueCents: Cents; maxDaysOverdue: number }
  >();
  for (const item of items) {
    const entry = byDebtor.get(item.debtorId) ?? {
      openCents: 0,
      overdueCents: 0,
      maxDaysOverdue: 0,
    };
    entry.openCents += item.openCents;
    if (item.daysPastDue > 0) {
      entry.overdueCents += item.openCents;
      entry.maxDaysOverdue = Math.max(entry.maxDaysOverdue, item.daysPastDue);
    }
    byDebtor.set(item.debtorId, entry);
  }
  return byDebtor;
}
