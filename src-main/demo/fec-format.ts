import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { Cents } from '../../src-shared/money/cents';
import { formatAmountPlain } from '../../src-shared/money/format-amount';

/**
 * The text layout of a FEC (Livre des procédures fiscales, art. A47 A-1): 18 tab-separated
 * columns, dates as YYYYMMDD, amounts with a decimal comma and no thousands separator.
 */
export const FEC_COLUMNS = [
  'JournalCode',
  'JournalLib',
  'EcritureNum',
  'EcritureDate',
  'CompteNum',
  'CompteLib',
  'CompAuxNum',
  'CompAuxLib',
  'PieceRef',
  'PieceDate',
  'EcritureLib',
  'Debit',
  'Credit',
  'EcritureLet',
  'DateLet',
  'ValidDate',
  'Montantdevise',
  'Idevise',
] as const;

/** The journals the demo ledger writes, with their labels. */
export const JOURNALS = {
  AN: 'À nouveaux',
  VE: 'Ventes',
  BQ: 'Banque',
  HA: 'Achats',
  OD: 'Opérations diverses',
} as const;

/** A journal code of the demo ledger. */
export type JournalCode = keyof typeof JOURNALS;

/** A general-ledger account: number and label as the chart of accounts (PCG) names it. */
export interface FecAccount {
  number: string;
  label: string;
}

/** The accounts the demo ledger posts to. */
export const ACCOUNTS = {
  retainedEarnings: { number: '110000', label: 'Report à nouveau' },
  suppliers: { number: '401000', label: 'Fournisseurs' },
  customers: { number: '411000', label: 'Clients' },
  staffPay: { number: '421000', label: 'Personnel - Rémunérations dues' },
  socialSecurity: { number: '431000', label: 'Sécurité sociale' },
  deductibleVat: { number: '445660', label: 'TVA déductible sur autres biens et services' },
  collectedVat: { number: '445710', label: 'TVA collectée' },
  bank: { number: '512000', label: 'Banque' },
  purchases: { number: '607000', label: 'Achats de marchandises' },
  bankFees: { number: '627000', label: 'Services bancaires et assimilés' },
  wages: { number: '641000', label: 'Rémunérations du personnel' },
  socialCharges: { number: '645000', label: 'Charges de sécurité sociale et de prévoyance' },
  services: { number: '706000', label: 'Prestations de services' },
} as const satisfies Record<string, FecAccount>;

/** One line of an entry, before the entry has its number. */
export interface FecLine {
  account: FecAccount;
  auxNumber: string;
  auxLabel: string;
  pieceRef: string;
  pieceDate: CalendarDate;
  label: string;
  debitCents: Cents;
  creditCents: Cents;
  lettrage: string;
  lettrageDate: CalendarDate | null;
}

/** A balanced entry: every line shares the journal and the date. */
export interface FecEntry {
  journal: JournalCode;
  date: CalendarDate;
  lines: FecLine[];
}

/** The FEC file name: `<SIREN>FEC<closing date YYYYMMDD>.txt`. */
export function fecFileName(siren: string, closingDate: CalendarDate): string {
  return `${siren}FEC${fecDate(closingDate)}.txt`;
}

/** `2025-03-14` → `20250314`. */
export function fecDate(date: CalendarDate): string {
  return `${date.slice(0, 4)}${date.slice(5, 7)}${date.slice(8, 10)}`;
}

/** The header line, without its line end. */
export function fecHeader(): string {
  return FEC_COLUMNS.join('\t');
}

/** One line of the file, without its line end; the entry is validated on its own date. */
export function formatFecLine(
  journal: JournalCode,
  entryNumber: string,
  entryDate: CalendarDate,
  line: FecLine,
): string {
  return `${journal}\t${JOURNALS[journal]}\t${entryNumber}\t${formatFecLineTail(entryDate, line)}`;
}

/**
 * The line from EcritureDate onwards, for a writer that numbers entries only once they are
 * sorted: the three leading columns are journal code, journal label and entry number.
 */
export function formatFecLineTail(entryDate: CalendarDate, line: FecLine): string {
  const entryDay = fecDate(entryDate);
  return [
    entryDay,
    line.account.number,
    line.account.label,
    clean(line.auxNumber),
    clean(line.auxLabel),
    clean(line.pieceRef),
    fecDate(line.pieceDate),
    clean(line.label),
    formatAmountPlain(line.debitCents),
    formatAmountPlain(line.creditCents),
    line.lettrage,
    line.lettrageDate ? fecDate(line.lettrageDate) : '',
    entryDay,
    '',
    '',
  ].join('\t');
}

/** The n-th lettrage code (0 → AA, 1 → AB, …, 675 → ZZ, 676 → AAA), as accounting tools count. */
export function lettrageCode(index: number): string {
  let length = 2;
  let offset = index;
  let capacity = 26 ** 2;
  while (offset >= capacity) {
    offset -= capacity;
    length += 1;
    capacity *= 26;
  }
  let code = '';
  for (let position = 0; position < length; position += 1) {
    code = String.fromCharCode(65 + (offset % 26)) + code;
    offset = Math.floor(offset / 26);
  }
  return code;
}

// A tab or line end inside a name would shift every column after it; the writer also uses
// control characters as markers in its temporary files.
function clean(text: string): string {
  return text.replace(/\p{Cc}+/gu, ' ');
}
