import type { Generated } from 'kysely';

// Invoices, payments with their allocation, and credit notes.

export interface InvoicesTable {
  id: Generated<number>;
  debtorId: number;
  number: string;
  issueDate: string;
  dueDate: string;
  amountExclTaxCents: number;
  vatCents: number;
  amountInclTaxCents: number;
  currency: string;
  paymentTerms: string | null;
  source: string;
  externalRef: string | null;
  createdAt: string;
}

export interface PaymentsTable {
  id: Generated<number>;
  debtorId: number;
  date: string;
  amountCents: number;
  method: string;
  reference: string | null;
  source: string;
  externalRef: string | null;
  createdAt: string;
}

export interface PaymentAllocationsTable {
  paymentId: number;
  invoiceId: number;
  amountCents: number;
}

export interface CreditNotesTable {
  id: Generated<number>;
  debtorId: number;
  number: string;
  date: string;
  amountCents: number;
  invoiceId: number | null;
  reason: string | null;
  source: string;
  externalRef: string | null;
  createdAt: string;
}
