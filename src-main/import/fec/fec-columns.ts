import { FecNotRecognisedError } from './fec-errors';
import type { FecSeparator } from './types';

/** The FEC fields the reader knows, named after what they hold. */
export type FecField =
  | 'journalCode'
  | 'journalLabel'
  | 'entryNumber'
  | 'entryDate'
  | 'accountNumber'
  | 'accountLabel'
  | 'auxiliaryNumber'
  | 'auxiliaryLabel'
  | 'pieceRef'
  | 'pieceDate'
  | 'label'
  | 'debit'
  | 'credit'
  | 'amount'
  | 'sens'
  | 'lettrage'
  | 'lettrageDate'
  | 'validDate'
  | 'currencyAmount'
  | 'currency'
  | 'dueDate';

/** Where each known field sits in a line, as the header line of the file says. */
export interface FecLayout {
  separator: FecSeparator;
  /** Number of named columns, a trailing separator left out. */
  columnCount: number;
  columns: Partial<Record<FecField, number>>;
  amountStyle: 'debit-credit' | 'montant-sens';
  /** Standard columns the header lacks; they are read as blank. */
  missingColumns: string[];
}

// The official names (A47 A-1, VII 1° and 2°), lower-cased because exports vary the case
// (`Montantdevise`, `MontantDevise`).
const FIELD_BY_NAME: Record<string, FecField> = {
  journalcode: 'journalCode',
  journallib: 'journalLabel',
  ecriturenum: 'entryNumber',
  ecrituredate: 'entryDate',
  comptenum: 'accountNumber',
  comptelib: 'accountLabel',
  compauxnum: 'auxiliaryNumber',
  compauxlib: 'auxiliaryLabel',
  pieceref: 'pieceRef',
  piecedate: 'pieceDate',
  ecriturelib: 'label',
  debit: 'debit',
  credit: 'credit',
  montant: 'amount',
  sens: 'sens',
  ecriturelet: 'lettrage',
  datelet: 'lettrageDate',
  validdate: 'validDate',
  montantdevise: 'currencyAmount',
  idevise: 'currency',
  // Not in A47 A-1, but some software adds the due date as an extra column.
  dateecheance: 'dueDate',
  dateech: 'dueDate',
  echeance: 'dueDate',
  echeancedate: 'dueDate',
  dateecheancepiece: 'dueDate',
};

const REQUIRED: [FecField, string][] = [
  ['journalCode', 'JournalCode'],
  ['entryNumber', 'EcritureNum'],
  ['entryDate', 'EcritureDate'],
  ['accountNumber', 'CompteNum'],
];

const STANDARD: [FecField, string][] = [
  ['journalLabel', 'JournalLib'],
  ['accountLabel', 'CompteLib'],
  ['auxiliaryNumber', 'CompAuxNum'],
  ['auxiliaryLabel', 'CompAuxLib'],
  ['pieceRef', 'PieceRef'],
  ['pieceDate', 'PieceDate'],
  ['label', 'EcritureLib'],
  ['lettrage', 'EcritureLet'],
  ['lettrageDate', 'DateLet'],
  ['validDate', 'ValidDate'],
  ['currencyAmount', 'Montantdevise'],
  ['currency', 'Idevise'],
];

const EXPECTED = 'JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum…';

/**
 * Recognises the header line of a FEC: the separator (tab or pipe), then each standard
 * column by its name in any order and any case, extra columns ignored. Throws
 * FecNotRecognisedError when the line is not a FEC header.
 */
export function recogniseHeader(text: string): FecLayout {
  const separator = detectSeparator(text);
  const names = text.split(separatorCharacter(separator)).map(columnKey);
  if (names.length > 0 && names[names.length - 1] === '') names.pop();

  const columns: Partial<Record<FecField, number>> = {};
  names.forEach((name, index) => {
    const field = FIELD_BY_NAME[name];
    if (field !== undefined && columns[field] === undefined) columns[field] = index;
  });

  const hasDebitCredit = columns.debit !== undefined && columns.credit !== undefined;
  const hasMontantSens = columns.amount !== undefined && columns.sens !== undefined;
  const absent = REQUIRED.filter(([field]) => columns[field] === undefined).map(([, n]) => n);
  if (!hasDebitCredit && !hasMontantSens) absent.push('Debit et Credit (ou Montant et Sens)');
  if (absent.length > 0) {
    throw new FecNotRecognisedError(
      `la ligne d'en-tête n'a pas les colonnes ${absent.join(', ')}.`,
    );
  }

  return {
    separator,
    columnCount: names.length,
    columns,
    amountStyle: hasDebitCredit ? 'debit-credit' : 'montant-sens',
    missingColumns: STANDARD.filter(([field]) => columns[field] === undefined).map(([, n]) => n),
  };
}

// Names compare without case or accents, so `DateÉchéance` finds `dateecheance`.
function columnKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The character that separates the fields of a line. */
export function separatorCharacter(separator: FecSeparator): '\t' | '|' {
  return separator === 'tab' ? '\t' : '|';
}

function detectSeparator(text: string): FecSeparator {
  const tabs = countOf(text, '\t');
  const pipes = countOf(text, '|');
  if (tabs > 0 || pipes > 0) return tabs >= pipes ? 'tab' : 'pipe';

  // A FEC saved through a spreadsheet often comes back with semicolons or commas: say so,
  // since the bookkeeper can export it again from the accounting software.
  if (/journalcode/i.test(text) && /[;,]/.test(text)) {
    throw new FecNotRecognisedError(
      'les colonnes sont séparées par des points-virgules ou des virgules, alors que le format ' +
        'FEC impose la tabulation ou la barre verticale « | ». Exportez de nouveau le FEC ' +
        'depuis le logiciel comptable, sans le retoucher dans un tableur.',
    );
  }
  throw new FecNotRecognisedError(
    `la première ligne doit donner les noms des colonnes (${EXPECTED}) séparés par des ` +
      `tabulations ou des barres verticales « | ».`,
  );
}

function countOf(text: string, character: string): number {
  return text.split(character).length - 1;
}
