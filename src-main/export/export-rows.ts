import { sql } from 'kysely';
import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { ExportKind } from '../../src-shared/domain/export';
import { debtorTotalsSql } from '../ledger/open-amounts-sql';
import type { Queryable } from '../workspace/service-context';

/** One value of an exported row: text, an amount in cents, a calendar date, or a count. */
export type ExportValue =
  | { type: 'text'; value: string | null }
  | { type: 'amount'; value: number }
  | { type: 'date'; value: CalendarDate | null }
  | { type: 'integer'; value: number };

/** A column of an export: its French header, its width in a workbook, and its values. */
export interface ExportTable {
  sheetName: string;
  columns: { header: string; width: number }[];
  rows: ExportValue[][];
}

const text = (value: string | null): ExportValue => ({ type: 'text', value });
const amount = (value: number): ExportValue => ({ type: 'amount', value });
const date = (value: CalendarDate | null): ExportValue => ({ type: 'date', value });
const integer = (value: number): ExportValue => ({ type: 'integer', value });

/** The rows of an export, with open amounts and lateness as of `today`. */
export async function exportTable(
  db: Queryable,
  kind: ExportKind,
  today: CalendarDate,
): Promise<ExportTable> {
  if (kind === 'debtors') return debtorsTable(db, today);
  return invoicesTable(db, today, kind === 'openItems');
}

interface DebtorExportRow {
  externalRef: string | null;
  name: string;
  firstName: string | null;
  kind: string;
  siren: string | null;
  siret: string | null;
  vatNumber: string | null;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  departement: string | null;
  phone: string | null;
  email: string | null;
  sector: string | null;
  balanceCents: number;
  openCents: number;
  overdueCents: number;
  maxDaysOverdue: number;
  archived: number;
}

async function debtorsTable(db: Queryable, today: CalendarDate): Promise<ExportTable> {
  const { rows } = await sql<DebtorExportRow>`
    SELECT d.external_ref, d.name, d.first_name, d.kind, d.siren, d.siret, d.vat_number,
           d.address_line1, d.address_line2, d.postal_code, d.city, d.departement, d.phone,
           d.email, d.sector, d.archived,
           COALESCE(t.open_cents, 0) AS open_cents,
           COALESCE(t.overdue_cents, 0) AS overdue_cents,
           COALESCE(t.max_days_overdue, 0) AS max_days_overdue,
           COALESCE((SELECT SUM(amount_incl_tax_cents) FROM invoices WHERE debtor_id = d.id), 0)
             - COALESCE((SELECT SUM(amount_cents) FROM payments WHERE debtor_id = d.id), 0)
             - COALESCE((SELECT SUM(amount_cents) FROM credit_notes WHERE debtor_id = d.id), 0)
             AS balance_cents
    FROM debtors d LEFT JOIN (${debtorTotalsSql(today)}) t ON t.debtor_id = d.id
    ORDER BY d.name COLLATE NOCASE, d.id`.execute(db);
  return {
    sheetName: 'Débiteurs',
    columns: [
      ['Code client', 14],
      ['Débiteur', 34],
      ['Prénom', 14],
      ['Type', 12],
      ['SIREN', 12],
      ['SIRET', 16],
      ['N° TVA', 16],
      ['Adresse', 30],
      ['Complément', 20],
      ['Code postal', 11],
      ['Ville', 20],
      ['Département', 12],
      ['Téléphone', 16],
      ['E-mail', 28],
      ['Secteur', 20],
      ['Solde', 14],
      ['Factures ouvertes', 14],
      ['Dont échu', 14],
      ['Retard max (jours)', 12],
      ['Adresse à compléter', 12],
      ['Archivé', 9],
    ].map(([header, width]) => ({ header: String(header), width: Number(width) })),
    rows: rows.map((row) => [
      text(row.externalRef),
      text(row.name),
      text(row.firstName),
      text(row.kind === 'particulier' ? 'Particulier' : 'Entreprise'),
      text(row.siren),
      text(row.siret),
      text(row.vatNumber),
      text(row.addressLine1),
      text(row.addressLine2),
      text(row.postalCode),
      text(row.city),
      text(row.departement),
      text(row.phone),
      text(row.email),
      text(row.sector),
      amount(row.balanceCents),
      amount(row.openCents),
      amount(row.overdueCents),
      integer(row.maxDaysOverdue),
      text(row.addressLine1.trim() === '' || row.city.trim() === '' ? 'Oui' : 'Non'),
      text(row.archived === 1 ? 'Oui' : 'Non'),
    ]),
  };
}

interface InvoiceExportRow {
  externalRef: string | null;
  debtorName: string;
  number: string;
  issueDate: string;
  dueDate: string;
  amountExclTaxCents: number;
  vatCents: number;
  amountInclTaxCents: number;
  paidCents: number;
  creditedCents: number;
  source: string;
}

const SOURCE_LABELS: Record<string, string> = {
  manual: 'Saisie',
  fec: 'FEC',
  spreadsheet: 'Tableur',
  demo: 'Démonstration',
};

async function invoicesTable(
  db: Queryable,
  today: CalendarDate,
  openOnly: boolean,
): Promise<ExportTable> {
  const { rows } = await sql<InvoiceExportRow>`
    SELECT d.external_ref, d.name AS debtor_name, i.number, i.issue_date, i.due_date,
           i.amount_excl_tax_cents, i.vat_cents, i.amount_incl_tax_cents, i.source,
           COALESCE((SELECT SUM(amount_cents) FROM payment_allocations pa
                     WHERE pa.invoice_id = i.id), 0) AS paid_cents,
           COALESCE((SELECT SUM(amount_cents) FROM credit_notes cn
                     WHERE cn.invoice_id = i.id), 0) AS credited_cents
    FROM invoices i JOIN debtors d ON d.id = i.debtor_id
    ORDER BY d.name COLLATE NOCASE, d.id, i.due_date, i.id`.execute(db);
  const todayDays = Date.parse(`${today}T00:00:00Z`) / 86_400_000;
  const table: ExportTable = {
    sheetName: openOnly ? 'Échéances ouvertes' : 'Factures',
    columns: [
      ['Code client', 14],
      ['Débiteur', 34],
      ['N° facture', 18],
      ['Date', 12],
      ['Échéance', 12],
      ['Montant HT', 14],
      ['TVA', 12],
      ['Montant TTC', 14],
      ['Réglé', 14],
      ['Avoirs', 12],
      ['Reste dû', 14],
      ['Jours de retard', 10],
      ['Origine', 14],
    ].map(([header, width]) => ({ header: String(header), width: Number(width) })),
    rows: [],
  };
  for (const row of rows) {
    const open = row.amountInclTaxCents - row.paidCents - row.creditedCents;
    if (openOnly && open <= 0) continue;
    const late = Math.max(0, todayDays - Date.parse(`${row.dueDate}T00:00:00Z`) / 86_400_000);
    table.rows.push([
      text(row.externalRef),
      text(row.debtorName),
      text(row.number),
      date(row.issueDate),
      date(row.dueDate),
      amount(row.amountExclTaxCents),
      amount(row.vatCents),
      amount(row.amountInclTaxCents),
      amount(row.paidCents),
      amount(row.creditedCents),
      amount(open),
      integer(open > 0 ? late : 0),
      text(SOURCE_LABELS[row.source] ?? row.source),
    ]);
  }
  return table;
}
