import type { Cents } from '../money/cents';
import type { CalendarDate } from '../dates/calendar-date';

/** Where a ledger item came from: typed in the app, a FEC, or a spreadsheet. */
export type LedgerSource = 'manual' | 'fec' | 'spreadsheet' | 'demo';

export interface InvoiceInput {
  debtorId: number;
  number: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  amountExclTaxCents: Cents;
  vatCents: Cents;
  amountInclTaxCents: Cents;
  currency: string;
  paymentTerms: string | null;
}

export interface Invoice extends InvoiceInput {
  id: number;
  source: LedgerSource;
  createdAt: string;
}

export type PaymentMethod =
  'virement' | 'cheque' | 'carte' | 'prelevement' | 'especes' | 'effet' | 'autre';

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  virement: 'Virement',
  cheque: 'Chèque',
  carte: 'Carte bancaire',
  prelevement: 'Prélèvement',
  especes: 'Espèces',
  effet: 'Effet de commerce (LCR)',
  autre: 'Autre',
};

/** The share of a payment that settles one invoice. */
export interface Allocation {
  invoiceId: number;
  amountCents: Cents;
}

export interface PaymentInput {
  debtorId: number;
  date: CalendarDate;
  amountCents: Cents;
  method: PaymentMethod;
  reference: string | null;
  allocations: Allocation[];
}

export interface Payment extends PaymentInput {
  id: number;
  source: LedgerSource;
  createdAt: string;
}

export interface CreditNoteInput {
  debtorId: number;
  number: string;
  date: CalendarDate;
  amountCents: Cents;
  /** The invoice the credit note reduces, or null for a credit on account. */
  invoiceId: number | null;
  reason: string | null;
}

export interface CreditNote extends CreditNoteInput {
  id: number;
  source: LedgerSource;
  createdAt: string;
}
