import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { Debtor } from '../../src-shared/domain/debtor';
import { disputedInvoiceIds } from '../../src-shared/domain/dispute';
import type { ProcedureStepKind } from '../../src-shared/domain/legal-case';
import type { PartialPayment } from '../../src-shared/legal/accrual-lines';
import type { ClaimInvoiceInput } from '../../src-shared/legal/invoice-claim';
import { ordonnanceEnforceableOn } from '../../src-shared/legal/judgment-enforceable';
import type { Interruption } from '../../src-shared/legal/prescription';
import { loadDisputes, loadPaymentPlans } from '../collection/collection-queries';
import { findDebtor } from '../debtors/debtor-service';
import { loadCreditNotes, loadInvoices, loadPayments } from '../ledger/ledger-queries';
import type { Queryable } from '../workspace/service-context';

/** A debtor's ledger as the claim reads it, and the legal facts recorded about it. */
export interface ClaimLedger {
  debtor: Debtor;
  invoices: ClaimInvoiceInput[];
  /** Payments and credit notes not allocated to an invoice: they lower no base. */
  unallocatedCents: number;
  /** Day the latest mise en demeure was sent (a step of any of the debtor's cases), or null. */
  miseEnDemeureSentOn: CalendarDate | null;
}

/**
 * Reads a debtor's invoices with their dated payments, credit notes, disputes and interruptions.
 */
export async function loadClaimLedger(
  db: Queryable,
  debtorId: number,
  on: CalendarDate,
): Promise<ClaimLedger> {
  const debtor = await findDebtor(db, debtorId);
  const [invoices, payments, creditNotes, disputes, plans, steps] = await Promise.all([
    loadInvoices(db, debtorId),
    loadPayments(db, debtorId),
    loadCreditNotes(db, debtorId),
    loadDisputes(db, debtorId),
    loadPaymentPlans(db, debtorId),
    loadLegalSteps(db, debtorId),
  ]);
  const disputed = disputedInvoiceIds(disputes, on);

  const paymentsByInvoice = new Map<number, PartialPayment[]>();
  let allocated = 0;
  for (const payment of payments) {
    for (const allocation of payment.allocations) {
      const list = paymentsByInvoice.get(allocation.invoiceId) ?? [];
      list.push({ date: payment.date, amountCents: allocation.amountCents });
      paymentsByInvoice.set(allocation.invoiceId, list);
      allocated += allocation.amountCents;
    }
  }
  const credited = new Map<number, number>();
  let creditedOnAccount = 0;
  for (const note of creditNotes) {
    if (note.invoiceId === null) creditedOnAccount += note.amountCents;
    else credited.set(note.invoiceId, (credited.get(note.invoiceId) ?? 0) + note.amountCents);
  }

  // A signed payment plan acknowledges the debt (C. civ. 2240); a requête filed is a
  // demande en justice (C. civ. 2241) for the invoices it claimed.
  const interruptions = new Map<number, Interruption[]>();
  const add = (invoiceId: number, interruption: Interruption) =>
    interruptions.set(invoiceId, [...(interruptions.get(invoiceId) ?? []), interruption]);
  for (const plan of plans) {
    if (plan.signedOn)
      plan.invoiceIds.forEach((id) => add(id, { date: plan.signedOn!, kind: 'payment-plan' }));
  }
  for (const step of steps) {
    if (step.kind === 'requete_deposee') {
      step.invoiceIds.forEach((id) => add(id, { date: step.occurredOn, kind: 'requete' }));
    }
  }

  const paidTotal = payments.reduce((total, payment) => total + payment.amountCents, 0);
  const letters = steps.filter((step) => step.kind === 'mise_en_demeure_envoyee');
  const firstLetters = firstLetterOfEachInvoice(letters);
  const enforceable = enforceableByInvoice(steps);
  return {
    debtor,
    invoices: invoices.map((invoice) => ({
      id: invoice.id,
      number: invoice.number,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      amountInclTaxCents: invoice.amountInclTaxCents,
      creditedCents: credited.get(invoice.id) ?? 0,
      payments: paymentsByInvoice.get(invoice.id) ?? [],
      disputed: disputed.has(invoice.id),
      interruptions: interruptions.get(invoice.id) ?? [],
      miseEnDemeureSentOn: firstLetters.get(invoice.id) ?? null,
      judgmentEnforceableOn: enforceable.get(invoice.id) ?? null,
    })),
    unallocatedCents: paidTotal - allocated + creditedOnAccount,
    miseEnDemeureSentOn: letters.at(-1)?.occurredOn ?? null,
  };
}

interface StepFact {
  caseId: number;
  kind: ProcedureStepKind;
  occurredOn: CalendarDate;
  cancelledAt: null;
  invoiceIds: number[];
}

// Interest on a consumer's debt runs from the mise en demeure of that debt: the first letter sent
// that lists the invoice (the steps come oldest first), whatever letters followed.
function firstLetterOfEachInvoice(letters: readonly StepFact[]): Map<number, CalendarDate> {
  const first = new Map<number, CalendarDate>();
  for (const letter of letters) {
    for (const id of letter.invoiceIds) if (!first.has(id)) first.set(id, letter.occurredOn);
  }
  return first;
}

// An ordonnance covers the invoices of the requête filed in its case; the earliest enforceable
// one starts the L313-3 majoration for them.
function enforceableByInvoice(steps: readonly StepFact[]): Map<number, CalendarDate> {
  const byInvoice = new Map<number, CalendarDate>();
  const caseIds = [...new Set(steps.map((step) => step.caseId))];
  for (const caseId of caseIds) {
    const own = steps.filter((step) => step.caseId === caseId);
    const on = ordonnanceEnforceableOn(own);
    if (!on) continue;
    for (const step of own) {
      if (step.kind !== 'requete_deposee' || step.occurredOn > on) continue;
      for (const id of step.invoiceIds) {
        const known = byInvoice.get(id);
        if (!known || on < known) byInvoice.set(id, on);
      }
    }
  }
  return byInvoice;
}

// The live steps of every case of the debtor, oldest first, with the invoices of the
// document each one refers to.
async function loadLegalSteps(db: Queryable, debtorId: number): Promise<StepFact[]> {
  const rows = await db
    .selectFrom('legalSteps')
    .innerJoin('legalCases', 'legalCases.id', 'legalSteps.caseId')
    .leftJoin('legalDocuments', 'legalDocuments.id', 'legalSteps.documentId')
    .select([
      'legalSteps.caseId',
      'legalSteps.kind',
      'legalSteps.occurredOn',
      'legalDocuments.invoiceIds',
    ])
    .where('legalCases.debtorId', '=', debtorId)
    .where('legalSteps.cancelledAt', 'is', null)
    .orderBy('legalSteps.occurredOn')
    .orderBy('legalSteps.id')
    .execute();
  return rows.map((row) => ({
    caseId: row.caseId,
    kind: row.kind as ProcedureStepKind,
    occurredOn: row.occurredOn,
    cancelledAt: null,
    invoiceIds: row.invoiceIds ? (JSON.parse(row.invoiceIds) as number[]) : [],
  }));
}
