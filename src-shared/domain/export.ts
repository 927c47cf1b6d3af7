/** What can be exported. */
export type ExportKind = 'debtors' | 'invoices' | 'openItems';

/** The file formats of an export. */
export type ExportFormat = 'csv' | 'xlsx';

export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  debtors: 'Débiteurs',
  invoices: 'Factures',
  openItems: 'Échéances ouvertes',
};

/** Where an export went and how many rows it holds. */
export interface ExportResult {
  path: string;
  fileName: string;
  rowCount: number;
}
