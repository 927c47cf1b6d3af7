import type { CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';

/** How the bytes of a FEC were read: detected from a BOM or from the bytes themselves. */
export type FecEncoding = 'utf-8' | 'iso-8859-15';

/** The field separator the header line uses (A47 A-1, VI 1° c allows only these two). */
export type FecSeparator = 'tab' | 'pipe';

/** Something in the file that could not be read or does not add up, in French. */
export interface FecIssue {
  /** 1-based line the bookkeeper should look at (the first line of an entry). */
  line: number;
  message: string;
}

/** What a customer-account line stands for, decided from the other lines of its entry. */
export type FecItemKind =
  'invoice' | 'payment' | 'refund' | 'credit-note' | 'opening' | 'adjustment';

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
  /** The first of those lines, with the reason each could not be read. */
  rejectedLines: FecIssue[];
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
  /** Whether the file has a due-date column (otherwise the payment terms give the due date). */
  hasDueDateColumn: boolean;
}
