import type { Cents } from '../../../src-shared/money/cents';
import { separatorCharacter, type FecField, type FecLayout } from './fec-columns';
import { parseFecAmount, parseFecDate, parseFecSens } from './fec-values';
import type { FecIssue, FecLine } from './types';

/** A data line read into fields, or the issue that says why it could not be. */
export type ParsedFecLine = { ok: true; line: FecLine } | { ok: false; issue: FecIssue };

const DATE_NAMES = {
  entryDate: "date d'écriture",
  pieceDate: 'date de pièce',
  lettrageDate: 'date de lettrage',
  dueDate: "date d'échéance",
} as const;

/**
 * Reads one data line against the layout of the header. Never throws: a line that cannot be
 * read comes back as an issue naming its line and every reason, in French. `complete` is
 * false for a last line the file cut off before its line end.
 */
export function parseFecLine(
  text: string,
  lineNumber: number,
  layout: FecLayout,
  complete = true,
): ParsedFecLine {
  const fields = text.split(separatorCharacter(layout.separator));
  // One trailing separator is allowed (pipe exports often end each line with `|`).
  if (fields.length === layout.columnCount + 1 && fields[fields.length - 1] === '') fields.pop();

  if (fields.length !== layout.columnCount) {
    const unit = fields.length > 1 ? 'colonnes' : 'colonne';
    const counted = `${fields.length} ${unit} au lieu de ${layout.columnCount}`;
    return failure(lineNumber, [
      complete ? counted : `ligne tronquée en fin de fichier, ${counted}`,
    ]);
  }

  const reasons: string[] = [];
  const read = (field: FecField): string => {
    const index = layout.columns[field];
    return index === undefined ? '' : (fields[index] ?? '').trim();
  };
  const readDate = (field: keyof typeof DATE_NAMES, required: boolean): string | null => {
    const raw = read(field);
    const result = parseFecDate(raw);
    if (!result.ok) {
      reasons.push(`${DATE_NAMES[field]} ${result.reason}`);
      return null;
    }
    if (result.value === null && required) reasons.push(`${DATE_NAMES[field]} absente`);
    return result.value;
  };
  const readAmount = (field: FecField, column: string): Cents => {
    const result = parseFecAmount(read(field));
    if (result.ok) return result.value;
    reasons.push(`${result.reason} (colonne ${column})`);
    return 0;
  };

  const journalCode = read('journalCode');
  const entryNumber = read('entryNumber');
  const accountNumber = read('accountNumber');
  if (journalCode === '') reasons.push('code journal absent');
  if (entryNumber === '') reasons.push("numéro d'écriture absent");
  const entryDate = readDate('entryDate', true);
  if (accountNumber === '') reasons.push('numéro de compte absent');
  const pieceDate = readDate('pieceDate', false);

  let debitCents = 0;
  let creditCents = 0;
  if (layout.amountStyle === 'debit-credit') {
    debitCents = readAmount('debit', 'Debit');
    creditCents = readAmount('credit', 'Credit');
  } else {
    const amount = readAmount('amount', 'Montant');
    const sens = parseFecSens(read('sens'));
    if (!sens.ok) reasons.push(sens.reason);
    else if (sens.value === 'debit') debitCents = amount;
    else creditCents = amount;
  }

  const lettrage = read('lettrage');
  const lettrageDate = readDate('lettrageDate', false);
  const dueDate = readDate('dueDate', false);

  if (reasons.length > 0 || entryDate === null) {
    if (!complete) reasons.unshift('ligne tronquée en fin de fichier');
    return failure(lineNumber, reasons);
  }
  return {
    ok: true,
    line: {
      line: lineNumber,
      journalCode,
      journalLabel: read('journalLabel'),
      entryNumber,
      entryDate,
      accountNumber,
      accountLabel: read('accountLabel'),
      auxiliaryNumber: read('auxiliaryNumber'),
      auxiliaryLabel: read('auxiliaryLabel'),
      pieceRef: read('pieceRef'),
      pieceDate,
      label: read('label'),
      debitCents,
      creditCents,
      lettrage: lettrage === '' ? null : lettrage,
      lettrageDate,
      dueDate,
    },
  };
}

/** The issue of a line, with its number first as the bookkeeper looks it up. */
export function lineIssue(lineNumber: number, reasons: string[]): FecIssue {
  return { line: lineNumber, message: `Ligne ${lineNumber} : ${reasons.join(' ; ')}` };
}

function failure(lineNumber: number, reasons: string[]): ParsedFecLine {
  return { ok: false, issue: lineIssue(lineNumber, reasons) };
}
