import { addDays, type CalendarDate } from '../../../src-shared/dates/calendar-date';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import type {
  ColumnMapping,
  SheetField,
  SheetRowError,
} from '../../../src-shared/domain/spreadsheet-import';
import type { Cents } from '../../../src-shared/money/cents';
import { formatEuros } from '../../../src-shared/money/format-amount';
import { toSearchKey } from '../../../src-shared/text/search-key';
import { isValidEmail } from '../../../src-shared/validators/contact-details';
import { isValidFrenchPostalCode } from '../../../src-shared/validators/postal-code';
import {
  isValidSiren,
  normaliseIdentifier,
  sirenFromSiret,
} from '../../../src-shared/validators/siren';
import type { Sheet } from './read-sheet';
import { cellText, isBlank, readAmount, readDate, type SheetCell } from './sheet-cells';

/** The debtor a row names, with the identity fields it gives (null when the column is empty). */
export interface SheetDebtorFields {
  /** The code client, or `nom:<folded name>`: rows with the same key are the same debtor. */
  key: string;
  ref: string | null;
  name: string | null;
  siren: string | null;
  addressLine1: string | null;
  postalCode: string | null;
  city: string | null;
  email: string | null;
  phone: string | null;
}

/** An invoice row, read and checked. */
export interface SheetInvoiceRecord {
  row: number;
  debtor: SheetDebtorFields;
  number: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  dueDateGiven: boolean;
  amountExclTaxCents: Cents;
  vatCents: Cents;
  amountInclTaxCents: Cents;
  /** What the row says was paid already; null when the file has no paid or open column. */
  paidCents: Cents | null;
}

/** The rows that can be imported, and the others with their reasons. */
export interface SheetRecords<T> {
  records: T[];
  errors: SheetRowError[];
}

type RowReader = (field: SheetField) => SheetCell;

function rowReader(sheet: Sheet, mapping: ColumnMapping, cells: SheetCell[]): RowReader {
  return (field) => {
    const header = mapping[field];
    if (header === undefined) return null;
    const index = sheet.headers.indexOf(header);
    return index === -1 ? null : (cells[index] ?? null);
  };
}

/** Reads the debtor columns of a row; the reasons it cannot be used go into `reasons`. */
function readDebtor(read: RowReader, reasons: string[]): SheetDebtorFields {
  const text = (field: SheetField) => {
    const value = cellText(read(field)).replace(/\s+/g, ' ').trim();
    return value === '' ? null : value;
  };
  const ref = text('debtorRef');
  const name = text('debtorName');
  if (ref === null && name === null) reasons.push('client absent (ni code ni nom)');

  let siren = text('siren');
  if (siren !== null) {
    const digits = normaliseIdentifier(siren);
    const fromSiret = digits.length === 14 ? sirenFromSiret(digits) : null;
    if (fromSiret !== null) siren = fromSiret;
    else if (isValidSiren(digits)) siren = digits;
    else reasons.push(`SIREN « ${siren} » invalide (9 chiffres dont une clé de contrôle)`);
  }
  const postalCode = text('postalCode');
  if (postalCode !== null && !isValidFrenchPostalCode(postalCode)) {
    reasons.push(`code postal « ${postalCode} » invalide`);
  }
  const email = text('email');
  if (email !== null && !isValidEmail(email)) reasons.push(`adresse e-mail « ${email} » invalide`);
  return {
    key: ref ?? `nom:${toSearchKey(name ?? '')}`,
    ref,
    name,
    siren,
    addressLine1: text('addressLine1'),
    postalCode,
    city: text('city'),
    email,
    phone: text('phone'),
  };
}

/** Reads the debtor rows of a « debtors » import. */
export function readDebtorRecords(
  sheet: Sheet,
  mapping: ColumnMapping,
): SheetRecords<{ row: number; debtor: SheetDebtorFields }> {
  const records: { row: number; debtor: SheetDebtorFields }[] = [];
  const errors: SheetRowError[] = [];
  for (const { number, cells } of sheet.rows) {
    const reasons: string[] = [];
    const debtor = readDebtor(rowReader(sheet, mapping, cells), reasons);
    if (reasons.length > 0) errors.push({ row: number, messages: reasons });
    else records.push({ row: number, debtor });
  }
  return { records, errors };
}

/**
 * Reads the invoice rows: numbers and dates the French way or as Excel cells, the TTC from
 * whichever of TTC, HT and VAT are given, the due date from the file or `paymentTermsDays`
 * after the invoice date, and what was paid from a « réglé » or a « reste dû » column.
 */
export function readInvoiceRecords(
  sheet: Sheet,
  mapping: ColumnMapping,
  paymentTermsDays: number,
): SheetRecords<SheetInvoiceRecord> {
  const records: SheetInvoiceRecord[] = [];
  const errors: SheetRowError[] = [];
  const seen = new Map<string, number>();
  for (const { number: row, cells } of sheet.rows) {
    const read = rowReader(sheet, mapping, cells);
    const reasons: string[] = [];
    const debtor = readDebtor(read, reasons);
    const invoiceNumber = cellText(read('invoiceNumber')).replace(/\s+/g, ' ').trim();
    if (invoiceNumber === '') reasons.push('n° de facture absent');

    const date = (field: SheetField, label: string): CalendarDate | null => {
      if (isBlank(read(field))) return null;
      const value = readDate(read(field));
      if (!value.ok) reasons.push(`${label} : ${value.reason}`);
      return value.ok ? value.value : null;
    };
    const amount = (field: SheetField, label: string): Cents | null => {
      if (isBlank(read(field))) return null;
      const value = readAmount(read(field));
      if (!value.ok) reasons.push(`${label} : ${value.reason}`);
      return value.ok ? value.value : null;
    };
    const issueDate = date('issueDate', 'date de facture');
    if (issueDate === null && isBlank(read('issueDate'))) reasons.push('date de facture absente');
    const givenDue = date('dueDate', 'échéance');
    const ttc = amount('amountInclTax', 'montant TTC');
    const ht = amount('amountExclTax', 'montant HT');
    const vat = amount('vat', 'TVA');
    const paid = amount('paidAmount', 'déjà réglé');
    const open = amount('openAmount', 'reste dû');

    const total = ttc ?? (ht !== null ? ht + (vat ?? 0) : null);
    if (total === null && isBlank(read('amountInclTax')) && isBlank(read('amountExclTax'))) {
      reasons.push('montant absent');
    }
    if (total !== null && total <= 0) {
      reasons.push(
        `montant ${formatEuros(total)} : une facture est positive (un avoir se saisit à part)`,
      );
    }
    const vatCents = vat ?? (ttc !== null && ht !== null ? ttc - ht : 0);
    if (total !== null && (vatCents < 0 || vatCents > total)) {
      reasons.push('la TVA ne concorde pas avec les montants HT et TTC');
    }
    if (issueDate !== null && givenDue !== null && givenDue < issueDate) {
      reasons.push(
        `échéance (${formatFrenchDate(givenDue)}) antérieure à la date de facture ` +
          `(${formatFrenchDate(issueDate)})`,
      );
    }
    const paidCents = paid ?? (open !== null && total !== null ? total - open : null);
    if (paidCents !== null && total !== null && (paidCents < 0 || paidCents > total)) {
      reasons.push(`réglé (${formatEuros(paidCents)}) hors de 0 à ${formatEuros(total)}`);
    }
    const duplicateOf = seen.get(`${debtor.key}|${invoiceNumber}`);
    if (invoiceNumber !== '' && duplicateOf !== undefined) {
      reasons.push(`facture ${invoiceNumber} déjà donnée ligne ${duplicateOf} pour ce client`);
    }

    if (reasons.length > 0 || issueDate === null || total === null) {
      errors.push({ row, messages: reasons });
      continue;
    }
    seen.set(`${debtor.key}|${invoiceNumber}`, row);
    records.push({
      row,
      debtor,
      number: invoiceNumber,
      issueDate,
      dueDate: givenDue ?? addDays(issueDate, paymentTermsDays),
      dueDateGiven: givenDue !== null,
      amountExclTaxCents: total - vatCents,
      vatCents,
      amountInclTaxCents: total,
      paidCents,
    });
  }
  return { records, errors };
}
