import type { CalendarDate } from '../../../src-shared/dates/calendar-date';
import type { FecItemKind, FecPreview } from '../../../src-shared/domain/fec-preview';
import type { Cents } from '../../../src-shared/money/cents';

export type {
  FecCustomerSummary,
  FecEncoding,
  FecIssue,
  FecItemKind,
  FecPreview,
  FecSeparator,
} from '../../../src-shared/domain/fec-preview';

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
  /** The due date, when the file has a due-date column (a non-standard extra). */
  dueDate: CalendarDate | null;
}

/** The lines sharing one JournalCode + EcritureNum, with their totals. */
export interface FecEntry {
  journalCode: string;
  entryNumber: string;
  lines: FecLine[];
  debitCents: Cents;
  creditCents: Cents;
}

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
  dueDate: CalendarDate | null;
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
