import type { Cents } from '../money/cents';
import type { DebtorBalance, InvoiceStatus } from './balances';
import type { Contact, Debtor, DebtorListRow } from './debtor';
import type { DebtorEvent } from './debtor-event';
import type { CreditNote, Invoice, Payment } from './ledger';

/** An invoice with what remains open on it today. */
export type InvoiceWithStatus = Invoice & Omit<InvoiceStatus, 'invoiceId'>;

/** Everything the dossier débiteur screen shows, in one answer. */
export interface DebtorFile {
  debtor: Debtor;
  contacts: Contact[];
  invoices: InvoiceWithStatus[];
  payments: Payment[];
  creditNotes: CreditNote[];
  balance: DebtorBalance;
  events: DebtorEvent[];
}

/** A window of the debtor list, with the number of rows matching the filters. */
export interface DebtorListPage {
  total: number;
  totalOpenCents: Cents;
  totalOverdueCents: Cents;
  rows: DebtorListRow[];
}

/** The values present in the file, to fill the list's filters. */
export interface DebtorFacets {
  departements: string[];
  sectors: string[];
}
