import type { CalendarDate } from '../../../src-shared/dates/calendar-date';
import type { Cents } from '../../../src-shared/money/cents';
import { DocumentNumbers } from '../document-numbers';
import { ignoreLine, type DebtorTarget, type LedgerPlan, type RowTarget } from '../ledger-plan';
import type { DebtorLedger } from '../ledger-state';
import { SettlementBook } from '../settlement-book';
import type { FecCustomer, FecItem } from '../fec/types';
import { fecItemRefs } from './fec-item-refs';
import {
  creditNoteFromItem,
  invoiceFromItem,
  paymentFromItem,
  pieceNumber,
} from './fec-ledger-items';
import { existingCreditNoteTarget, newCreditNoteTarget, type Resolution } from './item-resolution';
import { settleByLettrage } from './lettrage-settlement';
import { restateOpenings } from './opening-restatement';

/** What the whole file says that each customer's plan needs. */
export interface FecPlanOptions {
  paymentTermsDays: number;
  /** First day of the file's period (the à-nouveaux date); null for a file without lines. */
  periodFrom: CalendarDate | null;
}

/** What one customer's plan added, for the summary of its debtor. */
export interface CustomerPlanOutcome {
  invoicesAdded: number;
  paymentsAdded: number;
  creditNotesAdded: number;
  invoicesSettled: number;
  /** What the new rows add to the debtor's balance. */
  balanceChangeCents: Cents;
}

/**
 * Plans one customer of the FEC against its debtor's ledger (null for a customer new to the
 * file). Lines already imported are recognised by their external reference and left alone; a
 * debit line becomes an invoice (or is recognised as an invoice typed in the app with the same
 * number and amount), a credit line through the bank a payment, any other credit line a credit
 * note. Then the à-nouveaux are matched with earlier imports and the lettrage becomes
 * allocations.
 */
export function planFecCustomer(
  plan: LedgerPlan,
  customer: FecCustomer,
  ledger: DebtorLedger | null,
  options: FecPlanOptions,
): CustomerPlanOutcome {
  const debtor: DebtorTarget = ledger ? { existingId: ledger.debtorId } : { newKey: customer.key };
  const before = {
    invoices: plan.invoices.length,
    payments: plan.payments.length,
    creditNotes: plan.creditNotes.length,
  };
  const book = new SettlementBook(plan);
  const refs = fecItemRefs(customer.key, customer.items);
  const known = knownRows(plan, book, ledger);
  const invoiceNumbers = new DocumentNumbers(ledger?.invoices.map((row) => row.number));
  const creditNoteNumbers = new DocumentNumbers(ledger?.creditNotes.map((row) => row.number));
  const typedInApp = new Map(
    (ledger?.invoices ?? [])
      .filter((row) => row.source !== 'fec')
      .map((row) => [`${row.number}|${row.amountCents}`, row.id]),
  );
  const restating = ledger !== null && hasEarlierImports(ledger, new Set(refs), options.periodFrom);

  const resolutions: Resolution[] = [];
  const openings: number[] = [];
  let knownLines = 0;
  customer.items.forEach((item, index) => {
    const net = item.debitCents - item.creditCents;
    const ref = refs[index] ?? '';
    const existing = known.get(ref);
    resolutions[index] = { side: 'none' };
    if (net === 0) {
      ignoreLine(plan, item.line, `Ligne ${item.line} : ligne client à zéro (ni débit ni crédit)`);
    } else if (existing !== undefined) {
      plan.changes.alreadyPresent += 1;
      knownLines += 1;
      resolutions[index] = existing;
    } else if (item.kind === 'opening' && restating) {
      openings.push(index);
    } else if (net > 0) {
      const sameInvoice = typedInApp.get(`${pieceNumber(item)}|${net}`);
      if (sameInvoice !== undefined) {
        typedInApp.delete(`${pieceNumber(item)}|${net}`);
        plan.changes.alreadyPresent += 1;
        resolutions[index] = debitOf(item, [{ existingId: sameInvoice }]);
      } else {
        const newIndex = plan.invoices.length;
        plan.invoices.push(
          invoiceFromItem(item, debtor, ref, invoiceNumbers, options.paymentTermsDays),
        );
        book.addInvoice({ newIndex }, net);
        resolutions[index] = debitOf(item, [{ newIndex }]);
      }
    } else if (item.kind === 'payment') {
      const newIndex = plan.payments.length;
      plan.payments.push(paymentFromItem(item, debtor, ref));
      book.addPayment({ newIndex }, -net);
      resolutions[index] = { side: 'payment', payment: { newIndex } };
    } else {
      const newIndex = plan.creditNotes.length;
      plan.creditNotes.push(creditNoteFromItem(item, debtor, ref, creditNoteNumbers));
      resolutions[index] = { side: 'credit-note', note: newCreditNoteTarget(plan, newIndex) };
    }
  });

  if (openings.length > 0 && ledger !== null && options.periodFrom !== null) {
    const fileRefs = new Set(refs);
    restateOpenings({
      plan,
      book,
      debtor,
      customerName: customer.name,
      customerKey: customer.key,
      items: customer.items,
      openings,
      resolutions,
      ledger,
      earlierBalanceCents: earlierFecBalance(ledger, fileRefs),
      firstTime: knownLines === 0,
      periodFrom: options.periodFrom,
      paymentTermsDays: options.paymentTermsDays,
      invoiceNumbers,
      creditNoteNumbers,
    });
  }
  settleByLettrage(customer.items, resolutions, book);

  const added = {
    invoices: plan.invoices.slice(before.invoices),
    payments: plan.payments.slice(before.payments),
    creditNotes: plan.creditNotes.slice(before.creditNotes),
  };
  return {
    invoicesAdded: added.invoices.length,
    paymentsAdded: added.payments.length,
    creditNotesAdded: added.creditNotes.length,
    invoicesSettled: book.settledCount(),
    balanceChangeCents:
      sum(added.invoices.map((row) => row.amountInclTaxCents)) -
      sum(added.payments.map((row) => row.amountCents)) -
      sum(added.creditNotes.map((row) => row.amountCents)),
  };
}

function debitOf(item: FecItem, invoices: RowTarget[]): Resolution {
  return { side: 'debit', invoices, opening: item.kind === 'opening' };
}

// The rows of earlier FEC imports, by external reference, registered in the book with what is
// open on them. Payments typed by hand are never touched by an import, so they stay out.
function knownRows(
  plan: LedgerPlan,
  book: SettlementBook,
  ledger: DebtorLedger | null,
): Map<string, Resolution> {
  const known = new Map<string, Resolution>();
  if (ledger === null) return known;
  for (const invoice of ledger.invoices) {
    const target = { existingId: invoice.id };
    book.addInvoice(target, invoice.openCents);
    if (invoice.source === 'fec' && invoice.externalRef !== null) {
      known.set(invoice.externalRef, { side: 'debit', invoices: [target], opening: false });
    }
  }
  for (const payment of ledger.payments) {
    if (payment.source !== 'fec' || payment.externalRef === null) continue;
    const target = { existingId: payment.id };
    book.addPayment(target, payment.unallocatedCents);
    known.set(payment.externalRef, { side: 'payment', payment: target });
  }
  for (const note of ledger.creditNotes) {
    if (note.source !== 'fec' || note.externalRef === null) continue;
    const linked = note.invoiceId !== null;
    const target = existingCreditNoteTarget(plan, note.id, note.amountCents, linked);
    known.set(note.externalRef, { side: 'credit-note', note: target });
  }
  return known;
}

// Earlier imports: FEC rows of another file dated before this file's first day.
function hasEarlierImports(
  ledger: DebtorLedger,
  fileRefs: ReadonlySet<string>,
  periodFrom: CalendarDate | null,
): boolean {
  if (periodFrom === null) return false;
  const earlier = (row: { source: string; externalRef: string | null }, date: CalendarDate) =>
    row.source === 'fec' && !fileRefs.has(row.externalRef ?? '') && date < periodFrom;
  return (
    ledger.invoices.some((row) => earlier(row, row.issueDate)) ||
    ledger.payments.some((row) => earlier(row, row.date)) ||
    ledger.creditNotes.some((row) => earlier(row, row.date))
  );
}

function earlierFecBalance(ledger: DebtorLedger, fileRefs: ReadonlySet<string>): Cents {
  const counts = (row: { source: string; externalRef: string | null }) =>
    row.source === 'fec' && !fileRefs.has(row.externalRef ?? '');
  return (
    sum(ledger.invoices.filter(counts).map((row) => row.amountCents)) -
    sum(ledger.payments.filter(counts).map((row) => row.amountCents)) -
    sum(ledger.creditNotes.filter(counts).map((row) => row.amountCents))
  );
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
