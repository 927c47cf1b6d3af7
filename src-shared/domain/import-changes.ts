import type { Cents } from '../money/cents';
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
    counted(change.invoicesAdded, 'facture', 'factures'),
    counted(change.paymentsAdded, 'règlement', 'règlements'),
    counted(change.creditNotesAdded, 'avoir', 'avoirs'),
  ].filter((part) => part !== '');
  const parts: string[] = [];
  if (change.isNew) parts.push('dossier créé');
  if (filledFieldCount > 0) {
    const filled = filledFieldCount > 1 ? 'complétés' : 'complété';
    parts.push(`${counted(filledFieldCount, 'champ', 'champs')} ${filled}`);
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
    parts.push(`${counted(change.invoicesSettled, 'facture', 'factures')} ${settled}`);
  }
  return parts.length > 0 ? parts.join(', ') : 'aucun changement';
}

function counted(count: number, one: string, many: string): string {
  if (count === 0) return '';
  return `${count} ${count > 1 ? many : one}`;
}

function joinFrench(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}`;
}
