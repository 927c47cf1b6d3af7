import type { CalendarDate } from '../../../src-shared/dates/calendar-date';
import type { Cents } from '../../../src-shared/money/cents';

/** How the bytes of a FEC were read: detected from a BOM or from the bytes themselves. */
export type FecEncoding = 'utf-8' | 'iso-8859-15';

/** The field separator the header line uses (A47 A-1, VI 1° c allows only these two). */
export type FecSeparator = 'tab' | 'pipe';

/** One data line of a FEC, trimmed and parsed; blank text fields are empty strings. */
export interface FecLine {
  /** 1-based physical line in the file, the header being line 1. */
  line: number;
  journalCode: string;
  journalLabel: string;
  entryNumber: string;
  entryDate: CalendarDate;
  accountNumber: string;
  accountLabel: string;
  auxiliaryNumber: string;
  auxiliaryLabel: string;
  pieceRef: string;
  pieceDate: CalendarDate | null;
  label: string;
  debitCents: Cents;
  creditCents: Cents;
  lettrage: string | null;
  lettrageDate: CalendarDate | null;
}

/** Something in the file that could not be read or does not add up, in French. */
export interface FecIssue {
  /** 1-based line the bookkeeper should look at (the first line of an entry). */
  line: number;
  message: string;
}

/** The lines sharing one JournalCode + EcritureNum, with their totals. */
export interface FecEntry {
  journalCode: string;
  entryNumber: string;
  lines: FecLine[];
  debitCents: Cents;
  creditCents: Cents;
}

/** What a customer-account line stands for, decided from the other lines of its entry. */
export type FecItemKind =
  'invoice' | 'payment' | 'refund' | 'credit-note' | 'opening' | 'adjustment';

/** One line on a customer account (class 411), ready to become a ledger item. */
export interface FecItem {
  customerKey: string;
  kind: FecItemKind;
  journalCode: string;
  entryNumber: string;
  entryDate: CalendarDate;
  pieceRef: string;
  pieceDate: CalendarDate | null;
  label: string;
  debitCents: Cents;
  creditCents: Cents;
  /** Revenue (70x) of an invoice entry with a single customer line; null otherwise. */
  amountExclTaxCents: Cents | null;
  /** Collected VAT (4457x) of an invoice entry with a single customer line; null otherwise. */
  vatCents: Cents | null;
  lettrage: string | null;
  lettrageDate: CalendarDate | null;
  line: number;
}

/**
 * Where the customer was found: its auxiliary account (CompAuxNum), its own 411 sub-account,
 * or the generic 411 account that gathers every line without an auxiliary.
 */
export type FecCustomerSource = 'auxiliary' | 'sub-account' | 'generic-account';

/** A customer of the FEC with its items, what is still open, and what it owes. */
export interface FecCustomer {
  key: string;
  name: string;
  source: FecCustomerSource;
  items: FecItem[];
  openItems: FecItem[];
  /** Sum of debit − credit over all its 411 lines: what the books say it owes. */
  balanceCents: Cents;
  /** Sum of debit − credit over its open items only. */
  openBalanceCents: Cents;
}

/** One customer as the preview lists it. */
export interface FecCustomerSummary {
  key: string;
  name: string;
  itemCount: number;
  openItemCount: number;
  balanceCents: Cents;
  openBalanceCents: Cents;
}

/** What the import screen shows before anything is written. */
export interface FecPreview {
  fileName: string;
  company: { siren: string | null; closingDate: CalendarDate | null };
  encoding: FecEncoding;
  separator: FecSeparator;
  period: { from: CalendarDate; to: CalendarDate } | null;
  /** Data lines in the file, header and blank lines left out. */
  lineCount: number;
  /** Data lines that could not be read and were left out. */
  rejectedLineCount: number;
  customers: FecCustomerSummary[];
  /** Sum of debit − credit of the invoice items. */
  invoicedCents: Cents;
  /** Sum of credit − debit of the payment items (refunds are counted apart). */
  paidCents: Cents;
  itemCountByKind: Record<FecItemKind, number>;
  /** The first issues found, in line order. */
  errors: FecIssue[];
  /** Issues found in all, including those beyond the kept list. */
  errorCount: number;
  /** Remarks on the file as a whole (missing optional columns, file name, dates). */
  warnings: string[];
}

/** Everything read from a FEC: customers with their items, and the preview summary. */
export interface FecReceivables {
  customers: FecCustomer[];
  preview: FecPreview;
}

/** How far the reading has gone, in bytes of the file. */
export interface FecProgress {
  bytesRead: number;
  totalBytes: number;
}

/** Options of a FEC read: a progress callback and a signal to cancel. */
export interface FecReadOptions {
  onProgress?: (progress: FecProgress) => void;
  signal?: AbortSignal;
}
