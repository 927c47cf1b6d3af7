import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FecLine } from '../../../../src-main/import/fec/types';

/** The 18 standard columns, in the order of A47 A-1. */
export const STANDARD_HEADER = [
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
];

/** One line of a hand-written FEC; what is left out is blank or a sensible default. */
export interface FixtureRow {
  journal: string;
  journalLabel?: string;
  num: string;
  date: string;
  account: string;
  accountLabel?: string;
  aux?: string;
  auxLabel?: string;
  piece?: string;
  label?: string;
  debit?: string;
  credit?: string;
  lettrage?: string;
  lettrageDate?: string;
}

/** The values of a row in the standard column order. */
export function rowValues(row: FixtureRow): string[] {
  return [
    row.journal,
    row.journalLabel ?? row.journal,
    row.num,
    row.date,
    row.account,
    row.accountLabel ?? `Compte ${row.account}`,
    row.aux ?? '',
    row.auxLabel ?? '',
    row.piece ?? `P${row.num}`,
    row.date,
    row.label ?? `Écriture ${row.num}`,
    row.debit ?? '0,00',
    row.credit ?? '0,00',
    row.lettrage ?? '',
    row.lettrageDate ?? '',
    row.date,
    '',
    '',
  ];
}

/** Joins header and rows into the text of a FEC. */
export function fecText(
  rows: FixtureRow[],
  { separator = '\t', lineEnd = '\n', trailing = false } = {},
): string {
  const end = trailing ? separator : '';
  const lines = [STANDARD_HEADER, ...rows.map(rowValues)].map(
    (values) => values.join(separator) + end,
  );
  return lines.map((line) => line + lineEnd).join('');
}

const CUSTOMER_NAMES: Record<string, string> = {
  DUPONT: 'Dupont SARL',
  MARTIN: 'Martin & fils',
  PETIT: 'Petit Jean',
};

const JOURNAL_NAMES: Record<string, string> = {
  AN: 'A nouveaux',
  VE: 'Ventes',
  BQ: 'Banque',
  OD: 'Opérations diverses',
};

/** journal, entry, date, account, auxiliary, debit, credit, lettrage, label */
type TableRow = [string, string, string, string, string, string, string, string, string];

function fromTable(rows: TableRow[]): FixtureRow[] {
  return rows.map(([journal, num, date, account, aux, debit, credit, lettrage, label]) => ({
    journal,
    journalLabel: JOURNAL_NAMES[journal] ?? journal,
    num,
    date,
    account,
    aux,
    auxLabel: CUSTOMER_NAMES[aux] ?? '',
    debit: debit || '0,00',
    credit: credit || '0,00',
    lettrage,
    lettrageDate: lettrage === '' ? '' : '20230301',
    label,
  }));
}

/**
 * A small sales ledger: opening balance, invoices, payments (one partial), a credit note and
 * a write-off. Dupont owes 300 € from the opening, Martin 230 €, Petit nothing.
 */
export const LEDGER: FixtureRow[] = fromTable([
  ['AN', '1', '20230101', '411000', 'DUPONT', '300,00', '', '', 'Report à nouveau'],
  ['AN', '1', '20230101', '890000', '', '', '300,00', '', 'Report à nouveau'],
  ['VE', '1', '20230105', '411000', 'PETIT', '45,50', '', 'AA', 'Facture F0 Petit'],
  ['VE', '1', '20230105', '706000', '', '', '45,50', '', 'Facture F0 Petit'],
  ['VE', '2', '20230115', '411000', 'DUPONT', '1200,00', '', 'AA', 'Facture F1 Dupont'],
  ['VE', '2', '20230115', '706000', '', '', '1000,00', '', 'Facture F1 Dupont'],
  ['VE', '2', '20230115', '445710', '', '', '200,00', '', 'Facture F1 Dupont'],
  ['VE', '3', '20230120', '411000', 'MARTIN', '600,00', '', 'AB', 'Facture F2 Martin'],
  ['VE', '3', '20230120', '706000', '', '', '500,00', '', 'Facture F2 Martin'],
  ['VE', '3', '20230120', '445710', '', '', '100,00', '', 'Facture F2 Martin'],
  ['BQ', '1', '20230201', '512000', '', '1200,00', '', '', 'Virement Dupont'],
  ['BQ', '1', '20230201', '411000', 'DUPONT', '', '1200,00', 'AA', 'Virement Dupont'],
  ['BQ', '2', '20230210', '512000', '', '250,00', '', '', 'Acompte Martin'],
  ['BQ', '2', '20230210', '411000', 'MARTIN', '', '250,00', 'AB', 'Acompte Martin'],
  ['VE', '4', '20230215', '411000', 'MARTIN', '', '120,00', '', 'Avoir A1 Martin'],
  ['VE', '4', '20230215', '706000', '', '100,00', '', '', 'Avoir A1 Martin'],
  ['VE', '4', '20230215', '445710', '', '20,00', '', '', 'Avoir A1 Martin'],
  ['OD', '1', '20230301', '654000', '', '45,50', '', '', 'Créance irrécouvrable Petit'],
  ['OD', '1', '20230301', '411000', 'PETIT', '', '45,50', 'AA', 'Créance irrécouvrable Petit'],
]);

/** Balances of LEDGER by customer key, in cents. */
export const LEDGER_BALANCES: Record<string, number> = { DUPONT: 30000, MARTIN: 23000, PETIT: 0 };

/** A parsed line for the units that come after the reader; only what a test sets differs. */
export function makeLine(fields: Partial<FecLine> & Pick<FecLine, 'line'>): FecLine {
  return {
    journalCode: 'VE',
    journalLabel: 'Ventes',
    entryNumber: '1',
    entryDate: '2023-01-15',
    accountNumber: '706000',
    accountLabel: 'Ventes',
    auxiliaryNumber: '',
    auxiliaryLabel: '',
    pieceRef: 'F1',
    pieceDate: '2023-01-15',
    label: 'Facture F1',
    debitCents: 0,
    creditCents: 0,
    lettrage: null,
    lettrageDate: null,
    dueDate: null,
    ...fields,
  };
}

/** Encodes text as ISO-8859-15 (Node has no encoder for it, only a decoder). */
export function toLatin9(text: string): Uint8Array {
  const special: Record<string, number> = {
    '€': 0xa4,
    Š: 0xa6,
    š: 0xa8,
    Ž: 0xb4,
    ž: 0xb8,
    Œ: 0xbc,
    œ: 0xbd,
    Ÿ: 0xbe,
  };
  return Uint8Array.from([...text], (character) => {
    const code = special[character] ?? character.charCodeAt(0);
    if (code > 0xff) throw new Error(`fixture: ${character} has no ISO-8859-15 byte`);
    return code;
  });
}

/**
 * Encodes text as Windows-1252 from a table written out here, so that a test never checks the
 * decoder against itself. Below 0x80 and from 0xA0 on, Windows-1252 is Latin-1.
 */
export function toWindows1252(text: string): Uint8Array {
  const high: Record<string, number> = {
    '€': 0x80,
    '‚': 0x82,
    '„': 0x84,
    '…': 0x85,
    Š: 0x8a,
    Œ: 0x8c,
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '–': 0x96,
    '—': 0x97,
    š: 0x9a,
    œ: 0x9c,
    Ÿ: 0x9f,
  };
  return Uint8Array.from([...text], (character) => {
    const byte = high[character];
    if (byte !== undefined) return byte;
    const code = character.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && code < 0xa0)) {
      throw new Error(`fixture: ${character} has no Windows-1252 byte in this table`);
    }
    return code;
  });
}

/** A fresh temporary folder, removed by the returned function. */
export async function makeTempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'recouvra-fec-'));
  return { dir, remove: () => fs.rm(dir, { recursive: true, force: true }) };
}

/** Writes a fixture file (text as UTF-8) and returns its path. */
export async function writeFixture(
  dir: string,
  name: string,
  content: string | Uint8Array,
): Promise<string> {
  const filePath = path.join(dir, name);
  await fs.writeFile(filePath, content);
  return filePath;
}
