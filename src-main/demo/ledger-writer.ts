import type Database from 'better-sqlite3';
import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { toDebtorColumns } from '../debtors/debtor-rows';
import type { DemoDebtor } from './demo-types';

// Named parameters match the keys of `toDebtorColumns`, so the row is built
// by the same function as a debtor typed in the app.
const DEBTOR_COLUMNS: [column: string, parameter: string][] = [
  ['kind', 'kind'],
  ['name', 'name'],
  ['first_name', 'firstName'],
  ['legal_form', 'legalForm'],
  ['siren', 'siren'],
  ['siret', 'siret'],
  ['vat_number', 'vatNumber'],
  ['naf_code', 'nafCode'],
  ['sector', 'sector'],
  ['size_class', 'sizeClass'],
  ['address_line1', 'addressLine1'],
  ['address_line2', 'addressLine2'],
  ['postal_code', 'postalCode'],
  ['city', 'city'],
  ['departement', 'departement'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['notes', 'notes'],
  ['tags', 'tags'],
  ['search_key', 'searchKey'],
  ['external_ref', 'externalRef'],
  ['owner_user_id', 'ownerUserId'],
  ['created_at', 'createdAt'],
  ['updated_at', 'updatedAt'],
];

const DISPUTE_DESCRIPTION = 'Le client conteste la qualité de la prestation.';

/** The statements that write a debtor and its ledger, prepared once for the whole file. */
export function prepareLedgerStatements(sqlite: Database.Database) {
  return {
    debtor: sqlite.prepare(
      `INSERT INTO debtors (${DEBTOR_COLUMNS.map(([column]) => column).join(', ')})
       VALUES (${DEBTOR_COLUMNS.map(([, parameter]) => `@${parameter}`).join(', ')})`,
    ),
    contact: sqlite.prepare(
      `INSERT INTO contacts (debtor_id, name, role, email, phone, is_primary) VALUES (?, ?, ?, ` +
        `?, ?, ?)`,
    ),
    invoice: sqlite.prepare(
      `INSERT INTO invoices (debtor_id, number, issue_date, due_date, amount_excl_tax_cents,
         vat_cents, amount_incl_tax_cents, currency, payment_terms, source, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?)`,
    ),
    payment: sqlite.prepare(
      `INSERT INTO payments (debtor_id, date, amount_cents, method, reference, source, created_at)
       VALUES (?, ?, ?, ?, ?, 'demo', ?)`,
    ),
    allocation: sqlite.prepare(
      `INSERT INTO payment_allocations (payment_id, invoice_id, amount_cents) VALUES (?, ?, ?)`,
    ),
    creditNote: sqlite.prepare(
      `INSERT INTO credit_notes (debtor_id, number, date, amount_cents, invoice_id, reason, source,
         created_at) VALUES (?, ?, ?, ?, ?, ?, 'demo', ?)`,
    ),
    dispute: sqlite.prepare(
      `INSERT INTO disputes (debtor_id, reason, description, owner_user_id, opened_on, created_by,
         created_at) VALUES (?, 'qualite', ?, ?, ?, ?, ?)`,
    ),
    disputeInvoice: sqlite.prepare(
      `INSERT INTO dispute_invoices (dispute_id, invoice_id) VALUES (?, ?)`,
    ),
  };
}

type Statements = ReturnType<typeof prepareLedgerStatements>;

/** The day a generated dispute was opened: the due date of the first invoice contested. */
export function disputeOpenedOn(item: DemoDebtor): CalendarDate | null {
  const first = item.invoices.find((invoice) => invoice.key === item.disputedInvoiceKeys[0]);
  return first?.dueDate ?? null;
}

/**
 * Writes a debtor with its person in charge, contacts, invoices, payments with their
 * allocations, credit notes and dispute (in the hands of the same person); returns the
 * database id of each invoice by key.
 */
export function writeDebtorLedger(
  statements: Statements,
  item: DemoDebtor,
  ownerUserId: number,
  actor: string,
  now: string,
): { debtorId: number; invoiceIds: Map<string, number> } {
  const row = {
    ...toDebtorColumns(item.debtor),
    externalRef: item.debtor.externalRef,
    ownerUserId,
    createdAt: now,
    updatedAt: now,
  };
  const debtorId = Number(statements.debtor.run(row).lastInsertRowid);
  for (const contact of item.contacts) {
    statements.contact.run(
      debtorId,
      contact.name,
      contact.role,
      contact.email,
      contact.phone,
      contact.isPrimary ? 1 : 0,
    );
  }
  const invoiceIds = new Map<string, number>();
  for (const invoice of item.invoices) {
    const { lastInsertRowid } = statements.invoice.run(
      debtorId,
      invoice.number,
      invoice.issueDate,
      invoice.dueDate,
      invoice.amountExclTaxCents,
      invoice.vatCents,
      invoice.amountInclTaxCents,
      invoice.currency,
      invoice.paymentTerms,
      `${invoice.issueDate}T09:00:00.000Z`,
    );
    invoiceIds.set(invoice.key, Number(lastInsertRowid));
  }
  for (const payment of item.payments) {
    const paymentId = Number(
      statements.payment.run(
        debtorId,
        payment.date,
        payment.amountCents,
        payment.method,
        payment.reference,
        `${payment.date}T09:00:00.000Z`,
      ).lastInsertRowid,
    );
    for (const allocation of payment.allocations) {
      statements.allocation.run(
        paymentId,
        invoiceIds.get(allocation.invoiceKey),
        allocation.amountCents,
      );
    }
  }
  for (const note of item.creditNotes) {
    statements.creditNote.run(
      debtorId,
      note.number,
      note.date,
      note.amountCents,
      invoiceIds.get(note.invoiceKey) ?? null,
      note.reason,
      `${note.date}T09:00:00.000Z`,
    );
  }
  writeDispute(statements, item, debtorId, ownerUserId, invoiceIds, actor, now);
  return { debtorId, invoiceIds };
}

function writeDispute(
  statements: Statements,
  item: DemoDebtor,
  debtorId: number,
  ownerUserId: number,
  invoiceIds: ReadonlyMap<string, number>,
  actor: string,
  now: string,
): void {
  const openedOn = disputeOpenedOn(item);
  if (openedOn === null) return;
  const disputeId = Number(
    statements.dispute.run(debtorId, DISPUTE_DESCRIPTION, ownerUserId, openedOn, actor, now)
      .lastInsertRowid,
  );
  for (const key of item.disputedInvoiceKeys) {
    statements.disputeInvoice.run(disputeId, invoiceIds.get(key));
  }
}
