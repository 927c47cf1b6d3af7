import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { Company } from '../../src-shared/domain/company';
import type { ContactInput, DebtorInput } from '../../src-shared/domain/debtor';
import type { CreditNoteInput, InvoiceInput, PaymentInput } from '../../src-shared/domain/ledger';
import type { Cents } from '../../src-shared/money/cents';
import type { PaymentBehaviour } from './payment-behaviour';

/** What to generate: the same options always give byte-identical data. */
export interface DemoOptions {
  seed: number;
  /** Number of debtors (customers of the creditor). */
  debtors: number;
  /** Invoices issued to each debtor over the two years; 10 when left out. */
  invoicesPerDebtor?: number;
  /** The last day of the data, `YYYY-MM-DD`: nothing is dated after it. */
  today: CalendarDate;
}

/** The creditor: the firm whose receivables are generated, with what its invoices print. */
export interface DemoCreditor extends Company {
  legalName: string;
  legalForm: string;
  shareCapitalCents: Cents;
  siren: string;
  siret: string;
  vatNumber: string;
  nafCode: string;
  sector: string;
  rcsCity: string;
  addressLine1: string;
  postalCode: string;
  city: string;
  iban: string;
  bic: string;
  contactName: string;
  contactRole: string;
  email: string;
  phone: string;
}

/** A debtor as the debtor form takes it, with the customer account used in the books. */
export type DemoDebtorRecord = DebtorInput & { externalRef: string };

/** An invoice before it has a database id; `key` links payments and credit notes to it. */
export interface DemoInvoice extends Omit<InvoiceInput, 'debtorId'> {
  key: string;
  /** VAT rate in hundredths of a percent: 2000 = 20 %, 1000 = 10 %, 550 = 5,5 %. */
  vatRateBasisPoints: number;
}

/** The share of a payment that settles one invoice, named by the invoice's key. */
export interface DemoAllocation {
  invoiceKey: string;
  amountCents: Cents;
}

/** A payment received; its allocations always add up to its amount. */
export interface DemoPayment extends Omit<PaymentInput, 'debtorId' | 'allocations'> {
  key: string;
  allocations: DemoAllocation[];
}

/** A credit note (avoir) on one invoice, with the VAT it takes back. */
export interface DemoCreditNote extends Omit<CreditNoteInput, 'debtorId' | 'invoiceId'> {
  key: string;
  invoiceKey: string;
  amountExclTaxCents: Cents;
  vatCents: Cents;
}

/** One customer of the creditor with its whole ledger and the behaviour that produced it. */
export interface DemoDebtor {
  debtor: DemoDebtorRecord;
  contacts: ContactInput[];
  invoices: DemoInvoice[];
  payments: DemoPayment[];
  creditNotes: DemoCreditNote[];
  behaviour: PaymentBehaviour;
  /** Invoices the debtor contests: left unpaid on purpose. */
  disputedInvoiceKeys: string[];
}

/** The creditor and all its debtors. */
export interface DemoCompany {
  company: DemoCreditor;
  debtors: DemoDebtor[];
}
