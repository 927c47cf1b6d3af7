import type { ImportChanges, PreviousImport } from './import-changes';

/** What a spreadsheet brings in: invoices (with their debtors), or a list of debtors. */
export type SheetTarget = 'invoices' | 'debtors';

/** A column of the spreadsheet the import understands. */
export type SheetField =
  | 'debtorRef'
  | 'debtorName'
  | 'siren'
  | 'addressLine1'
  | 'postalCode'
  | 'city'
  | 'email'
  | 'phone'
  | 'invoiceNumber'
  | 'issueDate'
  | 'dueDate'
  | 'amountInclTax'
  | 'amountExclTax'
  | 'vat'
  | 'paidAmount'
  | 'openAmount';

/** Which field each column of the file feeds: field → header text. */
export type ColumnMapping = Partial<Record<SheetField, string>>;

interface FieldDefinition {
  label: string;
  targets: readonly SheetTarget[];
  /** Header texts (folded: lower case, no accent, no punctuation) that name the field. */
  synonyms: readonly string[];
}

const BOTH = ['invoices', 'debtors'] as const;
const INVOICES = ['invoices'] as const;

/** Every field, with its French label and the header texts that usually name it. */
export const SHEET_FIELDS: Record<SheetField, FieldDefinition> = {
  debtorRef: {
    label: 'Code client',
    targets: BOTH,
    synonyms: [
      'code client',
      'code',
      'compte',
      'compte client',
      'n client',
      'numero client',
      'ref client',
      'reference client',
      'compauxnum',
    ],
  },
  debtorName: {
    label: 'Client (raison sociale)',
    targets: BOTH,
    synonyms: [
      'client',
      'nom',
      'raison sociale',
      'nom client',
      'debiteur',
      'societe',
      'tiers',
      'intitule',
    ],
  },
  siren: { label: 'SIREN', targets: BOTH, synonyms: ['siren', 'siret', 'n siren'] },
  addressLine1: {
    label: 'Adresse',
    targets: BOTH,
    synonyms: ['adresse', 'adresse 1', 'rue', 'voie'],
  },
  postalCode: { label: 'Code postal', targets: BOTH, synonyms: ['code postal', 'cp', 'postal'] },
  city: { label: 'Ville', targets: BOTH, synonyms: ['ville', 'commune', 'localite'] },
  email: {
    label: 'E-mail',
    targets: BOTH,
    synonyms: ['email', 'e mail', 'courriel', 'mail', 'adresse e mail'],
  },
  phone: {
    label: 'Téléphone',
    targets: BOTH,
    synonyms: ['telephone', 'tel', 'portable', 'mobile'],
  },
  invoiceNumber: {
    label: 'N° de facture',
    targets: INVOICES,
    synonyms: [
      'n facture',
      'numero facture',
      'facture',
      'numero',
      'n piece',
      'piece',
      'reference',
      'ref',
    ],
  },
  issueDate: {
    label: 'Date de facture',
    targets: INVOICES,
    synonyms: ['date facture', 'date', 'date piece', 'date d emission', 'emise le'],
  },
  dueDate: {
    label: 'Échéance',
    targets: INVOICES,
    synonyms: ['echeance', 'date echeance', 'date d echeance', 'a payer le'],
  },
  amountInclTax: {
    label: 'Montant TTC',
    targets: INVOICES,
    synonyms: ['montant ttc', 'ttc', 'total ttc', 'montant', 'total'],
  },
  amountExclTax: {
    label: 'Montant HT',
    targets: INVOICES,
    synonyms: ['montant ht', 'ht', 'total ht'],
  },
  vat: { label: 'TVA', targets: INVOICES, synonyms: ['tva', 'montant tva', 'total tva'] },
  paidAmount: {
    label: 'Déjà réglé',
    targets: INVOICES,
    synonyms: ['regle', 'deja regle', 'montant regle', 'paye', 'encaisse', 'reglement'],
  },
  openAmount: {
    label: 'Reste dû',
    targets: INVOICES,
    synonyms: ['reste du', 'restant du', 'solde', 'reste a payer', 'du', 'montant du'],
  },
};

/** Folds a header for comparison: lower case, accents and punctuation removed. */
export function foldHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The fields a target reads, in the order the mapping form shows them. */
export function fieldsOf(target: SheetTarget): SheetField[] {
  return (Object.keys(SHEET_FIELDS) as SheetField[]).filter((field) =>
    SHEET_FIELDS[field].targets.includes(target),
  );
}

/** A first guess of the mapping from the header texts; each column feeds one field at most. */
export function guessMapping(headers: readonly string[], target: SheetTarget): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  const folded = headers.map((header) => ({ header, key: foldHeader(header) }));
  // Exact names first across all fields, so « Montant TTC » is not taken by a looser synonym.
  for (const exact of [true, false]) {
    for (const field of fieldsOf(target)) {
      if (mapping[field] !== undefined) continue;
      const match = folded.find(
        ({ header, key }) =>
          !taken.has(header) &&
          SHEET_FIELDS[field].synonyms.some((name) =>
            exact ? key === name : key.startsWith(`${name} `),
          ),
      );
      if (match) {
        mapping[field] = match.header;
        taken.add(match.header);
      }
    }
  }
  return mapping;
}

/** The French names of what a mapping lacks for its target; empty when it is enough. */
export function missingFields(mapping: ColumnMapping, target: SheetTarget): string[] {
  const missing: string[] = [];
  if (mapping.debtorRef === undefined && mapping.debtorName === undefined) {
    missing.push('le code client ou le nom du client');
  }
  if (target === 'invoices') {
    if (mapping.invoiceNumber === undefined) missing.push('le n° de facture');
    if (mapping.issueDate === undefined) missing.push('la date de facture');
    if (mapping.amountInclTax === undefined && mapping.amountExclTax === undefined) {
      missing.push('le montant TTC (ou HT)');
    }
  }
  return missing;
}

/** A row of the spreadsheet that cannot be imported, with every reason. */
export interface SheetRowError {
  /** The row number as the spreadsheet shows it (the header row being row 1 or further down). */
  row: number;
  messages: string[];
}

/** A named column mapping, remembered for the next file of the same source. */
export interface ImportProfile {
  id: number;
  name: string;
  target: SheetTarget;
  mapping: ColumnMapping;
  headerSignature: string;
  updatedAt: string;
}

/** The spreadsheet import screen before anything is written. */
export interface SheetPreview {
  fileName: string;
  format: 'csv' | 'xlsx';
  /** For a CSV: the encoding and separator found. */
  encoding: 'utf-8' | 'windows-1252' | 'utf-16' | null;
  separator: string | null;
  sheetName: string | null;
  headers: string[];
  /** The first rows as text, to check the mapping against. */
  sampleRows: string[][];
  rowCount: number;
  target: SheetTarget;
  mapping: ColumnMapping;
  /** The profile the mapping came from, when one matched the file's columns or was asked for. */
  profileName: string | null;
  missingFields: string[];
  rowErrors: SheetRowError[];
  rowErrorCount: number;
  fileHash: string;
  paymentTermsDays: number;
  previousImport: PreviousImport | null;
  changes: ImportChanges;
}
