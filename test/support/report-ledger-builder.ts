import type { Dispute } from '../../src-shared/domain/dispute';
import type { PaymentPlan } from '../../src-shared/domain/payment-plan';
import type { PromiseToPay } from '../../src-shared/domain/promise-to-pay';
import type {
  ReportCreditNote,
  ReportDebtor,
  ReportInvoice,
  ReportLedger,
  ReportPayment,
} from '../../src-shared/reporting/report-ledger';

// Small hand-written ledgers for the reporting and risk tests.

export function debtor(id: number, overrides: Partial<ReportDebtor> = {}): ReportDebtor {
  return {
    id,
    displayName: `Débiteur ${id}`,
    kind: 'entreprise',
    sector: 'BTP',
    sizeClass: 'pme',
    departement: '93',
    postalCode: '93100',
    ownerUserId: null,
    ...overrides,
  };
}

export function invoice(
  id: number,
  debtorId: number,
  issueDate: string,
  dueDate: string,
  amountInclTaxCents: number,
): ReportInvoice {
  return { id, debtorId, issueDate, dueDate, amountInclTaxCents };
}

/** A payment wholly allocated as listed: `[invoiceId, cents]` pairs. */
export function payment(
  id: number,
  debtorId: number,
  date: string,
  allocations: [number, number][],
  amountCents = allocations.reduce((sum, [, cents]) => sum + cents, 0),
): ReportPayment {
  return {
    id,
    debtorId,
    date,
    amountCents,
    allocations: allocations.map(([invoiceId, cents]) => ({ invoiceId, amountCents: cents })),
  };
}

export function creditNote(
  id: number,
  debtorId: number,
  date: string,
  amountCents: number,
  invoiceId: number | null,
): ReportCreditNote {
  return { id, debtorId, date, amountCents, invoiceId };
}

export function promise(
  id: number,
  debtorId: number,
  madeOn: string,
  dueOn: string,
  amountCents: number,
  invoiceIds: number[] = [],
  cancelledOn: string | null = null,
): PromiseToPay {
  return {
    id,
    debtorId,
    madeOn,
    dueOn,
    amountCents,
    channel: 'appel',
    note: null,
    cancelledOn,
    invoiceIds,
    createdBy: 'Test',
  };
}

export function dispute(
  id: number,
  debtorId: number,
  openedOn: string,
  closedOn: string | null,
  invoiceIds: number[] = [],
): Dispute {
  return {
    id,
    debtorId,
    reason: 'qualite',
    description: null,
    ownerUserId: null,
    openedOn,
    closedOn,
    outcome: closedOn === null ? null : 'avoir',
    invoiceIds,
    createdBy: 'Test',
  };
}

export function plan(
  id: number,
  debtorId: number,
  agreedOn: string,
  installments: [string, number][],
  invoiceIds: number[],
): PaymentPlan {
  return {
    id,
    debtorId,
    agreedOn,
    signedOn: agreedOn,
    cancelledOn: null,
    note: null,
    invoiceIds,
    installments: installments.map(([dueOn, amountCents], index) => ({
      id: index + 1,
      dueOn,
      amountCents,
    })),
    createdBy: 'Test',
  };
}

/** A whole file from its parts; what is left out is empty. */
export function ledgerOf(parts: Partial<ReportLedger>): ReportLedger {
  return {
    debtors: [],
    invoices: [],
    payments: [],
    creditNotes: [],
    promises: [],
    plans: [],
    disputes: [],
    users: [],
    relanceActions: [],
    relanceSource: 'timeline',
    legalCases: [],
    creditLimits: new Map(),
    ...parts,
  };
}
