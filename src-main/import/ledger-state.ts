import type Database from 'better-sqlite3';
import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { Cents } from '../../src-shared/money/cents';

/** An invoice already in the file, with what is still open on it. */
export interface ExistingInvoice {
  id: number;
  number: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  amountCents: Cents;
  openCents: Cents;
  source: string;
  externalRef: string | null;
}

/** A payment already in the file, with the part not yet set against an invoice. */
export interface ExistingPayment {
  id: number;
  date: CalendarDate;
  amountCents: Cents;
  unallocatedCents: Cents;
  source: string;
  externalRef: string | null;
}

/** A credit note already in the file. */
export interface ExistingCreditNote {
  id: number;
  number: string;
  date: CalendarDate;
  amountCents: Cents;
  invoiceId: number | null;
  source: string;
  externalRef: string | null;
}

/** The share of a payment set against an invoice. */
export interface ExistingAllocation {
  paymentId: number;
  invoiceId: number;
  amountCents: Cents;
}

/** One debtor's ledger as an import needs it. */
export interface DebtorLedger {
  debtorId: number;
  name: string;
  externalRef: string | null;
  invoices: ExistingInvoice[];
  payments: ExistingPayment[];
  creditNotes: ExistingCreditNote[];
  allocations: ExistingAllocation[];
}

interface DebtorRow {
  id: number;
  name: string;
  external_ref: string | null;
}

/**
 * Loads the ledgers of the debtors an import may touch (those with an external reference, or
 * every debtor), in a handful of set queries rather than one per debtor.
 */
export function loadDebtorLedgers(
  sqlite: Database.Database,
  scope: 'with-external-ref' | 'all',
): Map<number, DebtorLedger> {
  const where = scope === 'all' ? '' : 'WHERE external_ref IS NOT NULL';
  const debtors = sqlite
    .prepare(`SELECT id, name, external_ref FROM debtors ${where}`)
    .all() as DebtorRow[];
  const ledgers = new Map<number, DebtorLedger>();
  for (const row of debtors) {
    ledgers.set(row.id, {
      debtorId: row.id,
      name: row.name,
      externalRef: row.external_ref,
      invoices: [],
      payments: [],
      creditNotes: [],
      allocations: [],
    });
  }
  if (ledgers.size === 0) return ledgers;

  for (const row of sqlite.prepare(INVOICES_SQL).iterate() as Iterable<InvoiceRow>) {
    ledgers.get(row.debtor_id)?.invoices.push({
      id: row.id,
      number: row.number,
      issueDate: row.issue_date,
      dueDate: row.due_date,
      amountCents: row.amount,
      openCents: row.open,
      source: row.source,
      externalRef: row.external_ref,
    });
  }
  for (const row of sqlite.prepare(PAYMENTS_SQL).iterate() as Iterable<PaymentRow>) {
    ledgers.get(row.debtor_id)?.payments.push({
      id: row.id,
      date: row.date,
      amountCents: row.amount,
      unallocatedCents: row.unallocated,
      source: row.source,
      externalRef: row.external_ref,
    });
  }
  for (const row of sqlite.prepare(CREDIT_NOTES_SQL).iterate() as Iterable<CreditNoteRow>) {
    ledgers.get(row.debtor_id)?.creditNotes.push({
      id: row.id,
      number: row.number,
      date: row.date,
      amountCents: row.amount,
      invoiceId: row.invoice_id,
      source: row.source,
      externalRef: row.external_ref,
    });
  }
  for (const row of sqlite.prepare(ALLOCATIONS_SQL).iterate() as Iterable<AllocationRow>) {
    ledgers.get(row.debtor_id)?.allocations.push({
      paymentId: row.payment_id,
      invoiceId: row.invoice_id,
      amountCents: row.amount,
    });
  }
  return ledgers;
}

/** What a debtor owes by its ledger: invoices less payments and credit notes. */
export function ledgerBalance(ledger: DebtorLedger | null, source?: string): Cents {
  if (ledger === null) return 0;
  const counts = (row: { source: string }) => source === undefined || row.source === source;
  let total = 0;
  for (const invoice of ledger.invoices) if (counts(invoice)) total += invoice.amountCents;
  for (const payment of ledger.payments) if (counts(payment)) total -= payment.amountCents;
  for (const note of ledger.creditNotes) if (counts(note)) total -= note.amountCents;
  return total;
}

interface InvoiceRow {
  id: number;
  debtor_id: number;
  number: string;
  issue_date: string;
  due_date: string;
  amount: number;
  open: number;
  source: string;
  external_ref: string | null;
}

interface PaymentRow {
  id: number;
  debtor_id: number;
  date: string;
  amount: number;
  unallocated: number;
  source: string;
  external_ref: string | null;
}

interface CreditNoteRow {
  id: number;
  debtor_id: number;
  number: string;
  date: string;
  amount: number;
  invoice_id: number | null;
  source: string;
  external_ref: string | null;
}

const INVOICES_SQL = `
  SELECT i.id, i.debtor_id, i.number, i.issue_date, i.due_date, i.amount_incl_tax_cents AS amount,
    i.amount_incl_tax_cents - COALESCE(pa.total, 0) - COALESCE(cn.total, 0) AS open,
    i.source, i.external_ref
  FROM invoices i
  LEFT JOIN (SELECT invoice_id, SUM(amount_cents) AS total FROM payment_allocations
             GROUP BY invoice_id) pa ON pa.invoice_id = i.id
  LEFT JOIN (SELECT invoice_id, SUM(amount_cents) AS total FROM credit_notes
             WHERE invoice_id IS NOT NULL GROUP BY invoice_id) cn ON cn.invoice_id = i.id
  ORDER BY i.issue_date, i.id`;

const PAYMENTS_SQL = `
  SELECT p.id, p.debtor_id, p.date, p.amount_cents AS amount,
    p.amount_cents - COALESCE(pa.total, 0) AS unallocated, p.source, p.external_ref
  FROM payments p
  LEFT JOIN (SELECT payment_id, SUM(amount_cents) AS total FROM payment_allocations
             GROUP BY payment_id) pa ON pa.payment_id = p.id
  ORDER BY p.date, p.id`;

interface AllocationRow {
  debtor_id: number;
  payment_id: number;
  invoice_id: number;
  amount: number;
}

const ALLOCATIONS_SQL = `
  SELECT p.debtor_id, pa.payment_id, pa.invoice_id, pa.amount_cents AS amount
  FROM payment_allocations pa JOIN payments p ON p.id = pa.payment_id
  ORDER BY pa.payment_id, pa.invoice_id`;

const CREDIT_NOTES_SQL = `
  SELECT id, debtor_id, number, date, amount_cents AS amount, invoice_id, source, external_ref
  FROM credit_notes ORDER BY date, id`;
