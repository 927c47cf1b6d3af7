import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { Cents } from '../../src-shared/money/cents';
import type { MessageInvoice } from '../../src-shared/relance/message-values';
import type { DemoDebtor } from './demo-types';
import type { ReplayInvoice } from './relance-replay';

/** An invoice with every payment and credit note that settled part of it, dated. */
interface DatedInvoice extends Omit<MessageInvoice, 'openCents'> {
  key: string;
}

/**
 * A debtor's ledger read as it stood on any day: what was issued by then, what was still open,
 * what had been paid. Invoices are numbered 0, 1… in the order they are written to the file,
 * which is also the order of their database ids.
 */
export interface LedgerOnDay {
  invoices: readonly DatedInvoice[];
  /** Every payment, oldest first, with the part of it that went to each invoice. */
  payments: readonly { date: CalendarDate; amountCents: Cents; parts: Map<number, Cents> }[];
  /** Sorted days on which something changed in the ledger. */
  changeDays: readonly CalendarDate[];
}

/** Indexes a generated debtor's ledger by invoice number, payment and change day. */
export function ledgerOnDay(item: DemoDebtor): LedgerOnDay {
  const index = new Map(item.invoices.map((invoice, position) => [invoice.key, position]));
  const invoices: DatedInvoice[] = item.invoices.map((invoice, position) => ({
    id: position,
    key: invoice.key,
    number: invoice.number,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    amountInclTaxCents: invoice.amountInclTaxCents,
    settlements: [],
  }));
  const payments = [...item.payments]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((payment) => {
      const parts = new Map<number, Cents>();
      for (const allocation of payment.allocations) {
        const position = index.get(allocation.invoiceKey)!;
        parts.set(position, (parts.get(position) ?? 0) + allocation.amountCents);
        invoices[position]!.settlements.push({
          date: payment.date,
          amountCents: allocation.amountCents,
        });
      }
      return { date: payment.date, amountCents: payment.amountCents, parts };
    });
  // A credit note lowers what is owed from its date, as a payment would.
  for (const note of item.creditNotes) {
    invoices[index.get(note.invoiceKey)!]!.settlements.push({
      date: note.date,
      amountCents: note.amountCents,
    });
  }
  const days = new Set<CalendarDate>();
  for (const invoice of invoices) days.add(invoice.issueDate);
  for (const payment of item.payments) days.add(payment.date);
  for (const note of item.creditNotes) days.add(note.date);
  return { invoices, payments, changeDays: [...days].sort() };
}

/** What was still owed on an invoice at the end of a day. */
export function openOn(invoice: DatedInvoice, day: CalendarDate): Cents {
  let open = invoice.amountInclTaxCents;
  for (const settlement of invoice.settlements) {
    if (settlement.date <= day) open -= settlement.amountCents;
  }
  return open;
}

/** The invoices issued and still open on a day, by due date then id, as the engine reads them. */
export function openInvoicesOn(ledger: LedgerOnDay, day: CalendarDate): ReplayInvoice[] {
  const open: ReplayInvoice[] = [];
  for (const invoice of ledger.invoices) {
    if (invoice.issueDate <= day && openOn(invoice, day) > 0) {
      open.push({ id: invoice.id, dueDate: invoice.dueDate });
    }
  }
  return open.sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id - b.id,
  );
}

/** A relance's invoices as its message shows them on a day: what was open and paid by then. */
export function messageInvoicesOn(
  ledger: LedgerOnDay,
  ids: readonly number[],
  day: CalendarDate,
): MessageInvoice[] {
  return ids.map((id) => {
    const invoice = ledger.invoices[id]!;
    return {
      id,
      number: invoice.number,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      amountInclTaxCents: invoice.amountInclTaxCents,
      openCents: openOn(invoice, day),
      settlements: invoice.settlements.filter((settlement) => settlement.date <= day),
    };
  });
}

/** Everything the debtor paid between two days, both included, whatever the invoices. */
export function paidBetween(ledger: LedgerOnDay, from: CalendarDate, to: CalendarDate): Cents {
  let total = 0;
  for (const payment of ledger.payments) {
    if (payment.date >= from && payment.date <= to) total += payment.amountCents;
  }
  return total;
}
