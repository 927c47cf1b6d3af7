import { computeInvoiceStatuses } from '../../src-shared/domain/balances';
import { hasFieldErrors, type FieldErrors } from '../../src-shared/domain/field-errors';
import type {
  CreditNote,
  CreditNoteInput,
  Invoice,
  InvoiceInput,
  Payment,
  PaymentInput,
} from '../../src-shared/domain/ledger';
import {
  allocationExceedsOpenError,
  creditNoteExceedsOpenError,
  validateCreditNoteInput,
  validateInvoiceInput,
  validatePaymentInput,
} from '../../src-shared/domain/ledger-rules';
import { formatFrenchDate } from '../../src-shared/dates/french-date';
import { formatEuros } from '../../src-shared/money/format-amount';
import { recordChange } from '../audit/audit-trail';
import { validationError } from '../errors/app-error';
import { findDebtor } from '../debtors/debtor-service';
import { appendEvent } from '../timeline/timeline-repository';
import { inTransaction, type Queryable, type ServiceContext } from '../workspace/service-context';
import { loadCreditNotes, loadInvoices, loadPayments } from './ledger-queries';

function assertValid(errors: FieldErrors): void {
  if (hasFieldErrors(errors)) throw validationError(errors);
}

/** Adds an invoice to a debtor's file. */
export async function addInvoice(context: ServiceContext, input: InvoiceInput): Promise<Invoice> {
  assertValid(validateInvoiceInput(input));
  return inTransaction(context, async (trx) => {
    await findDebtor(trx, input.debtorId);
    const duplicate = await trx
      .selectFrom('invoices')
      .select('id')
      .where('debtorId', '=', input.debtorId)
      .where('number', '=', input.number.trim())
      .executeTakeFirst();
    if (duplicate) {
      throw validationError({
        number: `La facture n° ${input.number.trim()} existe déjà pour ce débiteur.`,
      });
    }
    const row = await trx
      .insertInto('invoices')
      .values({
        ...input,
        number: input.number.trim(),
        source: 'manual',
        externalRef: null,
        createdAt: context.now().toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const invoice: Invoice = { ...row, source: 'manual' };
    await recordChange(trx, context, {
      table: 'invoices',
      rowId: invoice.id,
      action: 'insert',
      before: null,
      after: invoice,
    });
    await appendEvent(trx, context, {
      debtorId: input.debtorId,
      kind: 'invoice_added',
      summary: `Facture ${invoice.number} de ${formatEuros(invoice.amountInclTaxCents)} ajoutée`,
      invoiceIds: [invoice.id],
    });
    return invoice;
  });
}

/** Records a payment, allocated to one or more of the debtor's invoices (or none, on account). */
export async function recordPayment(
  context: ServiceContext,
  input: PaymentInput,
): Promise<Payment> {
  assertValid(validatePaymentInput(input));
  return inTransaction(context, async (trx) => {
    await findDebtor(trx, input.debtorId);
    await assertAllocationsFit(trx, context, input);
    const row = await trx
      .insertInto('payments')
      .values({
        debtorId: input.debtorId,
        date: input.date,
        amountCents: input.amountCents,
        method: input.method,
        reference: input.reference,
        source: 'manual',
        externalRef: null,
        createdAt: context.now().toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (input.allocations.length > 0) {
      await trx
        .insertInto('paymentAllocations')
        .values(input.allocations.map((allocation) => ({ paymentId: row.id, ...allocation })))
        .execute();
    }
    const payment: Payment = { ...input, id: row.id, source: 'manual', createdAt: row.createdAt };
    await recordChange(trx, context, {
      table: 'payments',
      rowId: payment.id,
      action: 'insert',
      before: null,
      after: payment,
    });
    await appendEvent(trx, context, {
      debtorId: input.debtorId,
      kind: 'payment_recorded',
      summary:
        `Règlement de ${formatEuros(input.amountCents)} du ` +
        `${formatFrenchDate(input.date)} enregistré`,
      invoiceIds: input.allocations.map((allocation) => allocation.invoiceId),
    });
    return payment;
  });
}

/** Adds a credit note, reducing one invoice or credited on account. */
export async function addCreditNote(
  context: ServiceContext,
  input: CreditNoteInput,
): Promise<CreditNote> {
  assertValid(validateCreditNoteInput(input));
  return inTransaction(context, async (trx) => {
    await findDebtor(trx, input.debtorId);
    if (input.invoiceId !== null) await assertCreditNoteFits(trx, context, input);
    const row = await trx
      .insertInto('creditNotes')
      .values({
        ...input,
        number: input.number.trim(),
        source: 'manual',
        externalRef: null,
        createdAt: context.now().toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const note: CreditNote = { ...row, source: 'manual' };
    await recordChange(trx, context, {
      table: 'credit_notes',
      rowId: note.id,
      action: 'insert',
      before: null,
      after: note,
    });
    await appendEvent(trx, context, {
      debtorId: input.debtorId,
      kind: 'credit_note_added',
      summary: `Avoir ${note.number} de ${formatEuros(note.amountCents)} ajouté`,
      invoiceIds: input.invoiceId === null ? [] : [input.invoiceId],
    });
    return note;
  });
}

// An allocation must target an invoice of the same debtor and may not settle
// more than is still open on it.
async function assertAllocationsFit(
  trx: Queryable,
  context: ServiceContext,
  input: Pick<PaymentInput, 'debtorId' | 'allocations'>,
): Promise<void> {
  const open = await openInvoices(trx, context, input.debtorId);
  const errors: FieldErrors = {};
  input.allocations.forEach((allocation, index) => {
    const invoice = open.get(allocation.invoiceId);
    if (!invoice) {
      errors[`allocations.${index}`] = NOT_THIS_DEBTORS;
    } else if (allocation.amountCents > invoice.openCents) {
      errors[`allocations.${index}`] = allocationExceedsOpenError(
        invoice.number,
        invoice.openCents,
      );
    }
  });
  assertValid(errors);
}

// A credit note on an invoice reduces what is left to pay on it, never below zero: the surplus
// of a larger credit note belongs on account.
async function assertCreditNoteFits(
  trx: Queryable,
  context: ServiceContext,
  input: CreditNoteInput,
): Promise<void> {
  const invoice = (await openInvoices(trx, context, input.debtorId)).get(input.invoiceId ?? -1);
  if (!invoice) throw validationError({ invoiceId: NOT_THIS_DEBTORS });
  if (input.amountCents > invoice.openCents) {
    throw validationError({
      amountCents: creditNoteExceedsOpenError(invoice.number, invoice.openCents, input.amountCents),
    });
  }
}

const NOT_THIS_DEBTORS = "Cette facture n'appartient pas à ce débiteur.";

// Each invoice of the debtor with what is still open on it today.
async function openInvoices(
  trx: Queryable,
  context: ServiceContext,
  debtorId: number,
): Promise<Map<number, { number: string; openCents: number }>> {
  const invoices = await loadInvoices(trx, debtorId);
  const statuses = computeInvoiceStatuses(
    invoices,
    await loadPayments(trx, debtorId),
    await loadCreditNotes(trx, debtorId),
    context.today(),
  );
  const open = new Map<number, { number: string; openCents: number }>();
  for (const invoice of invoices) {
    const status = statuses.find((candidate) => candidate.invoiceId === invoice.id);
    if (status) open.set(invoice.id, { number: invoice.number, openCents: status.openCents });
  }
  return open;
}
