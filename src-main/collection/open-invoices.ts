import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { computeInvoiceStatuses } from '../../src-shared/domain/balances';
import type { Invoice } from '../../src-shared/domain/ledger';
import type { Cents } from '../../src-shared/money/cents';
import { validationError } from '../errors/app-error';
import { loadCreditNotes, loadInvoices, loadPayments } from '../ledger/ledger-queries';
import type { Queryable } from '../workspace/service-context';

/** A debtor's invoices with what is open on each, and its payments as dated amounts. */
export interface DebtorLedgerSnapshot {
  invoices: (Invoice & { openCents: Cents })[];
  payments: { date: CalendarDate; amountCents: Cents }[];
  /** Payments and credit notes that settled each invoice, dated (for the penalties). */
  settlements: Map<number, { date: CalendarDate; amountCents: Cents }[]>;
}

/** Reads a debtor's ledger as the collection services need it. */
export async function debtorLedgerSnapshot(
  db: Queryable,
  debtorId: number,
  today: CalendarDate,
): Promise<DebtorLedgerSnapshot> {
  const [invoices, payments, creditNotes] = await Promise.all([
    loadInvoices(db, debtorId),
    loadPayments(db, debtorId),
    loadCreditNotes(db, debtorId),
  ]);
  const statuses = computeInvoiceStatuses(invoices, payments, creditNotes, today);
  const settlements = new Map<number, { date: CalendarDate; amountCents: Cents }[]>();
  const add = (invoiceId: number, date: CalendarDate, amountCents: Cents) =>
    settlements.set(invoiceId, [...(settlements.get(invoiceId) ?? []), { date, amountCents }]);
  for (const payment of payments) {
    for (const allocation of payment.allocations) {
      add(allocation.invoiceId, payment.date, allocation.amountCents);
    }
  }
  // A credit note lowers what is owed from its date, as a payment would.
  for (const note of creditNotes)
    if (note.invoiceId !== null) add(note.invoiceId, note.date, note.amountCents);
  return {
    invoices: invoices.map((invoice, index) => ({
      ...invoice,
      openCents: statuses[index]!.openCents,
    })),
    payments: payments.map((payment) => ({ date: payment.date, amountCents: payment.amountCents })),
    settlements,
  };
}

/** The open amount of the chosen invoices; refuses an invoice of another debtor or settled. */
export function openAmountOf(
  snapshot: DebtorLedgerSnapshot,
  invoiceIds: readonly number[],
  field = 'invoiceIds',
): Cents {
  if (invoiceIds.length === 0) {
    return snapshot.invoices.reduce((total, invoice) => total + Math.max(0, invoice.openCents), 0);
  }
  let total = 0;
  for (const id of invoiceIds) {
    const invoice = snapshot.invoices.find((candidate) => candidate.id === id);
    if (!invoice)
      throw validationError({ [field]: 'Une des factures n’appartient pas à ce débiteur.' });
    if (invoice.openCents <= 0) {
      throw validationError({ [field]: `La facture ${invoice.number} est déjà soldée.` });
    }
    total += invoice.openCents;
  }
  return total;
}
