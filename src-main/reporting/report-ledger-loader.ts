import { debtorDisplayName, type DebtorKind, type SizeClass } from '../../src-shared/domain/debtor';
import type {
  LegalCaseSpan,
  ReportCreditNote,
  ReportDebtor,
  ReportInvoice,
  ReportLedger,
  ReportPayment,
} from '../../src-shared/reporting/report-ledger';
import {
  loadDisputes,
  loadPaymentPlans,
  loadPromises,
  loadUsers,
} from '../collection/collection-queries';
import { loadRelanceActions } from './relance-actions-source';
import type { ReportDatabase, RowReader } from './row-reader';

// The reports read the whole file at once, the large tables as rows of arrays (see
// row-reader.ts). Archived debtors are left out, as in the debtor list.

async function loadDebtors(read: RowReader): Promise<ReportDebtor[]> {
  return (
    await read(
      `SELECT id, kind, name, first_name, sector, size_class, departement, postal_code, owner_user_id
     FROM debtors WHERE archived = 0 ORDER BY id`,
    )
  ).map((row) => ({
    id: row[0] as number,
    displayName: debtorDisplayName({
      kind: row[1] as DebtorKind,
      name: row[2] as string,
      firstName: row[3] as string | null,
    }),
    kind: row[1] as DebtorKind,
    sector: row[4] as string | null,
    sizeClass: row[5] as SizeClass | null,
    departement: row[6] as string | null,
    postalCode: row[7] as string,
    ownerUserId: row[8] as number | null,
  }));
}

const ACTIVE = 'JOIN debtors d ON d.id = t.debtor_id AND d.archived = 0';

async function loadInvoices(read: RowReader): Promise<ReportInvoice[]> {
  return (
    await read(
      `SELECT t.id, t.debtor_id, t.issue_date, t.due_date, t.amount_incl_tax_cents
     FROM invoices t ${ACTIVE} ORDER BY t.id`,
    )
  ).map((row) => ({
    id: row[0] as number,
    debtorId: row[1] as number,
    issueDate: row[2] as string,
    dueDate: row[3] as string,
    amountInclTaxCents: row[4] as number,
  }));
}

async function loadPayments(read: RowReader): Promise<ReportPayment[]> {
  const payments = (
    await read(
      `SELECT t.id, t.debtor_id, t.date, t.amount_cents FROM payments t ${ACTIVE} ORDER BY t.id`,
    )
  ).map((row): ReportPayment => ({
    id: row[0] as number,
    debtorId: row[1] as number,
    date: row[2] as string,
    amountCents: row[3] as number,
    allocations: [],
  }));
  const byId = new Map(payments.map((payment) => [payment.id, payment]));
  for (const row of await read(
    'SELECT payment_id, invoice_id, amount_cents FROM payment_allocations',
  )) {
    byId.get(row[0] as number)?.allocations.push({
      invoiceId: row[1] as number,
      amountCents: row[2] as number,
    });
  }
  return payments;
}

async function loadCreditNotes(read: RowReader): Promise<ReportCreditNote[]> {
  return (
    await read(
      `SELECT t.id, t.debtor_id, t.date, t.amount_cents, t.invoice_id
     FROM credit_notes t ${ACTIVE} ORDER BY t.id`,
    )
  ).map((row) => ({
    id: row[0] as number,
    debtorId: row[1] as number,
    date: row[2] as string,
    amountCents: row[3] as number,
    invoiceId: row[4] as number | null,
  }));
}

/** True when the file has a table of that name (one added by a later schema). */
export async function tableExists(read: RowReader, name: 'legal_cases' | 'relance_actions') {
  const found = await read(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '${name}'`);
  return found.length > 0;
}

async function loadLegalCases(read: RowReader): Promise<LegalCaseSpan[] | null> {
  if (!(await tableExists(read, 'legal_cases'))) return null;
  return (await read('SELECT debtor_id, opened_on, closed_on FROM legal_cases')).map((row) => ({
    debtorId: row[0] as number,
    openedOn: row[1] as string,
    closedOn: row[2] as string | null,
  }));
}

async function loadCreditLimits(read: RowReader): Promise<Map<number, number>> {
  return new Map(
    (await read('SELECT debtor_id, limit_cents FROM credit_limits')).map((row) => [
      row[0] as number,
      row[1] as number,
    ]),
  );
}

/** Reads everything the reports need from the open file, in a handful of passes. */
export async function loadReportLedger({ db, read }: ReportDatabase): Promise<ReportLedger> {
  const [promises, plans, disputes, users] = await Promise.all([
    loadPromises(db, null),
    loadPaymentPlans(db, null),
    loadDisputes(db, null),
    loadUsers(db),
  ]);
  const relance = await loadRelanceActions(read);
  return {
    debtors: await loadDebtors(read),
    invoices: await loadInvoices(read),
    payments: await loadPayments(read),
    creditNotes: await loadCreditNotes(read),
    promises,
    plans,
    disputes,
    users,
    relanceActions: relance.actions,
    relanceSource: relance.source,
    legalCases: await loadLegalCases(read),
    creditLimits: await loadCreditLimits(read),
  };
}
