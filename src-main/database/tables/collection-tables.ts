import type { Generated } from 'kysely';

// Promises to pay, payment plans and disputes.

export interface PromisesTable {
  id: Generated<number>;
  debtorId: number;
  madeOn: string;
  dueOn: string;
  amountCents: number;
  channel: string;
  note: string | null;
  cancelledOn: string | null;
  createdBy: string;
  createdAt: string;
}

export interface PromiseInvoicesTable {
  promiseId: number;
  invoiceId: number;
}

export interface PaymentPlansTable {
  id: Generated<number>;
  debtorId: number;
  agreedOn: string;
  signedOn: string | null;
  cancelledOn: string | null;
  note: string | null;
  createdBy: string;
  createdAt: string;
}

export interface PaymentPlanInvoicesTable {
  planId: number;
  invoiceId: number;
}

export interface PaymentPlanInstallmentsTable {
  id: Generated<number>;
  planId: number;
  dueOn: string;
  amountCents: number;
}

export interface DisputesTable {
  id: Generated<number>;
  debtorId: number;
  reason: 'prix' | 'qualite' | 'livraison' | 'deja_paye' | 'autre';
  description: string | null;
  ownerUserId: number | null;
  openedOn: string;
  closedOn: string | null;
  outcome: 'avoir' | 'rejete' | 'facture_corrigee' | null;
  createdBy: string;
  createdAt: string;
}

export interface DisputeInvoicesTable {
  disputeId: number;
  invoiceId: number;
}
