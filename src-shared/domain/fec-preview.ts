import type { CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';
import { formatEuros } from '../money/format-amount';
import { countOf } from '../text/french-plural';

/**
 * How the bytes of a FEC were read: detected from a BOM or from the bytes themselves. The rules
 * name ISO-8859-15; Windows-1252 is what French Windows software writes in its place.
 */
export type FecEncoding = 'utf-8' | 'iso-8859-15' | 'windows-1252';

/** The name of each encoding as the import screen shows it. */
export const FEC_ENCODING_LABELS: Record<FecEncoding, string> = {
  'utf-8': 'UTF-8',
  'iso-8859-15': 'ISO-8859-15',
  'windows-1252': 'Windows-1252',
};

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

/**
 * « 17 clients : 120 factures, 80 règlements, 3 avoirs, 17 à-nouveaux, 2 autres écritures ;
 * facturé 12 000,00 €, encaissé 9 500,00 € », each noun agreeing with its count.
 */
export function describeFecCustomers(file: FecPreview): string {
  const counts = file.itemCountByKind;
  const items = [
    countOf(counts.invoice, 'facture'),
    countOf(counts.payment, 'règlement'),
    countOf(counts['credit-note'], 'avoir'),
    countOf(counts.opening, 'à-nouveau', 'à-nouveaux'),
    countOf(counts.refund + counts.adjustment, 'autre écriture', 'autres écritures'),
  ];
  return (
    `${countOf(file.customers.length, 'client')} : ${items.join(', ')} ; ` +
    `facturé ${formatEuros(file.invoicedCents)}, encaissé ${formatEuros(file.paidCents)}`
  );
}
