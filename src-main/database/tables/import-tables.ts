import type { Generated } from 'kysely';

// What was imported from FEC files and spreadsheets, and the saved column mappings.

export interface ImportBatchesTable {
  id: Generated<number>;
  kind: 'fec' | 'spreadsheet';
  fileName: string;
  fileHash: string;
  fileSize: number;
  periodFrom: string | null;
  periodTo: string | null;
  companySiren: string | null;
  counts: string;
  actor: string;
  importedAt: string;
}

export interface ImportProfilesTable {
  id: Generated<number>;
  name: string;
  target: 'invoices' | 'debtors';
  headerSignature: string;
  mapping: string;
  createdAt: string;
  updatedAt: string;
}
