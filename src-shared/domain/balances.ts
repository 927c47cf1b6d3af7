import { daysBetween, type CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';
import type { CreditNote, Invoice, Payment } from './ledger';

/** An invoice with what remains to be paid on it as of a date. */
export interface InvoiceStatus {
  invoiceId: number;
  paidCents: Cents;
  creditedCents: Cents;
  openCents: Cents;
  /** Days past the due date while something is open; 0 when not yet due or settled. */
  daysOverdue: number;
}

export interface DebtorBalance {
  invoicedCents: Cents;
  paidCents: Cents;
  creditedCents: Cents;
  /** What the debtor owes in all: invoices less every payment and credit note. */
  balanceCents: Cents;
  /** Sum of the open amounts of the invoices. */
  openCents: Cents;
  overdueCents: Cents;
  /** Payments and credit notes not yet allocated to an invoice. */
  unallocatedCents: Cents;
}

/** Open amount and lateness of each invoice, from the payments and credit notes that settle it. */
export function computeInvoiceStatuses(
  invoices: readonly Invoice[],
  payments: readonly Payment[],
  creditNotes: readonly CreditNote[],
  today: CalendarDate,
): InvoiceStatus[] {
  const paid = new Map<number, number>();
  for (const payment of payments) {
    for (const allocation of payment.allocations) {
      paid.set(
        allocation.invoiceId,
        (paid.get(allocation.invoiceId) ?? 0) + allocation.amountCents,
      );
    }
  }
  const credited = new Map<number, number>();
  for (const note of creditNotes) {
    if (note.invoiceId === null) continue;
    credited.set(note.invoiceId, (credited.get(note.invoiceId) ?? 0) + note.amountCents);
  }

  return invoices.map((invoice) => {
    const paidCents = paid.get(invoice.id) ?? 0;
    const creditedCents = credited.get(invoice.id) ?? 0;
    const openCents = invoice.amountInclTaxCents - paidCents - creditedCents;
    const late = daysBetween(invoice.dueDate, today);
    return {
      invoiceId: invoice.id,
      paidCents,
      creditedCents,
      openCents,
      daysOverdue: openCents > 0 && late > 0 ? late : 0,
    };
  });
}

/** The debtor's balance: invoiced less paid and credited, with the open and overdue parts. */
export function computeDebtorBalance(
  invoices: readonly Invoice[],
  payments: readonly Payment[],
  creditNotes: readonly CreditNote[],
  today: CalendarDate,
): DebtorBalance {
  const statuses = computeInvoiceStatuses(invoices, payments, creditNotes, today);
  const invoicedCents = sum(invoices.map((invoice) => invoice.amountInclTaxCents));
  const paidCents = sum(payments.map((payment) => payment.amountCents));
  const creditedCents = sum(creditNotes.map((note) => note.amountCents));
  const allocatedCents = sum(statuses.map((status) => status.paidCents + status.creditedCents));
  return {
    invoicedCents,
    paidCents,
    creditedCents,
    balanceCents: invoicedCents - paidCents - creditedCents,
    openCents: sum(statuses.map((status) => Math.max(status.openCents, 0))),
    overdueCents: sum(
      statuses.filter((status) => status.daysOverdue > 0).map((status) => status.openCents),
    ),
    unallocatedCents: paidCents + creditedCents - allocatedCents,
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
