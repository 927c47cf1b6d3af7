import type { Cents } from '../money/cents';
import { countOf } from '../text/french-plural';
import type { FecPreview } from './fec-preview';

/** What an import changed (or, in a preview, would change) in one debtor's file. */
export interface DebtorImportChange {
  /** Null in a preview for a debtor the import would create. */
  debtorId: number | null;
  /** The customer's key in the source: CompAuxNum, 411 sub-account or spreadsheet code. */
  key: string;
  name: string;
  isNew: boolean;
  invoicesAdded: number;
  paymentsAdded: number;
  creditNotesAdded: number;
  /** Invoices already in the file that this import settles. */
  invoicesSettled: number;
  /** What the debtor owed before and after, every source counted. */
  balanceBeforeCents: Cents;
  balanceAfterCents: Cents;
}

/** A line or row of the source left out, with the French reason. */
export interface IgnoredLine {
  line: number;
  reason: string;
}

/** What an import changed, or in a preview what it would change. */
export interface ImportChanges {
  debtorsCreated: number;
  /** Debtors with at least one change, those created included. */
  debtorsTouched: number;
  invoicesAdded: number;
  /** Invoices updated in place (a spreadsheet row whose amount or dates changed). */
  invoicesUpdated: number;
  paymentsAdded: number;
  creditNotesAdded: number;
  /** Shares of payments newly set against invoices (from the lettrage or a paid column). */
  allocationsAdded: number;
  /** Invoices already in the file that this import settles. */
  invoicesSettled: number;
  /** Lines or rows recognised as already imported, left as they are. */
  alreadyPresent: number;
  /** Opening lines (à-nouveaux) recognised as items an earlier import already brought in. */
  openingsMatched: number;
  linesIgnored: number;
  /** The first ignored lines with their reason. */
  ignoredLines: IgnoredLine[];
  warnings: string[];
  /** The debtors touched, by name. */
  debtors: DebtorImportChange[];
}

/** The earlier import of the very same file, when there was one. */
export interface PreviousImport {
  fileName: string;
  importedAt: string;
  actor: string;
}

/** The FEC import screen before anything is written: the file, and what the import would do. */
export interface FecImportPreview {
  file: FecPreview;
  /** SHA-256 of the file, so the import can check it was not changed since the preview. */
  fileHash: string;
  paymentTermsDays: number;
  previousImport: PreviousImport | null;
  changes: ImportChanges;
  /** Why the import cannot go ahead, in French; empty when it can. */
  blockers: string[];
  /** Set when the file has errors: the import then needs the user's explicit consent. */
  fileErrorsWarning: string | null;
}

/** What a finished import did. */
export interface ImportResult {
  batchId: number;
  fileName: string;
  changes: ImportChanges;
}

/** True when an import brought nothing new (« rien de nouveau »). */
export function isNothingNew(changes: ImportChanges): boolean {
  return (
    changes.debtorsCreated +
      changes.invoicesAdded +
      changes.invoicesUpdated +
      changes.paymentsAdded +
      changes.creditNotesAdded +
      changes.allocationsAdded ===
    0
  );
}

/**
 * Says that an import brings nothing new. In a preview nothing is written yet, so the sentence
 * is in the present; after the import, in the past.
 */
export function nothingNewSentence(changes: ImportChanges, preview: boolean): string {
  const recognised = countOf(changes.alreadyPresent, 'ligne reconnue', 'lignes reconnues');
  return preview
    ? `Rien de nouveau : tout ce que contient ce fichier est déjà dans le dossier (${recognised}).`
    : `Rien de nouveau : tout ce que contenait le fichier était déjà dans le dossier ` +
        `(${recognised}).`;
}

/**
 * Points to the debtors a summary leaves out. Their detail is in each debtor's history only once
 * the import is written, so a preview says so in the future.
 */
export function moreDebtorsSentence(count: number, preview: boolean): string {
  const more = countOf(count, 'autre débiteur', 'autres débiteurs');
  return preview
    ? `Et ${more} : après l’import, le détail sera dans l’historique de chaque dossier.`
    : `Et ${more} : le détail est dans l’historique de chaque dossier.`;
}

/** One earlier import, as the history lists it. */
export interface ImportBatchSummary {
  id: number;
  kind: 'fec' | 'spreadsheet';
  fileName: string;
  periodFrom: string | null;
  periodTo: string | null;
  importedAt: string;
  actor: string;
  invoicesAdded: number;
  paymentsAdded: number;
  debtorsTouched: number;
}

/** « dossier créé, 3 factures et 2 règlements ajoutés, 1 facture soldée », in French. */
export function describeChange(change: DebtorImportChange, filledFieldCount = 0): string {
  const added = [
    counted(change.invoicesAdded, 'facture'),
    counted(change.paymentsAdded, 'règlement'),
    counted(change.creditNotesAdded, 'avoir'),
  ].filter((part) => part !== '');
  const parts: string[] = [];
  if (change.isNew) parts.push('dossier créé');
  if (filledFieldCount > 0) {
    const filled = filledFieldCount > 1 ? 'complétés' : 'complété';
    parts.push(`${counted(filledFieldCount, 'champ')} ${filled}`);
  }
  if (added.length > 0) {
    // The past participle agrees: feminine for invoices alone, masculine as soon as a
    // payment or a credit note is among them.
    const onlyInvoices = change.paymentsAdded + change.creditNotesAdded === 0;
    const plural =
      added.length > 1 || change.invoicesAdded + change.paymentsAdded + change.creditNotesAdded > 1;
    const participle = `ajouté${onlyInvoices ? 'e' : ''}${plural ? 's' : ''}`;
    parts.push(`${joinFrench(added)} ${participle}`);
  }
  if (change.invoicesSettled > 0) {
    const settled = change.invoicesSettled > 1 ? 'soldées' : 'soldée';
    parts.push(`${counted(change.invoicesSettled, 'facture')} ${settled}`);
  }
  return parts.length > 0 ? parts.join(', ') : 'aucun changement';
}

// A count of zero says nothing in a list of changes: it is left out.
function counted(count: number, noun: string): string {
  return count === 0 ? '' : countOf(count, noun);
}

function joinFrench(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}`;
}
