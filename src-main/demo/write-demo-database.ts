import type Database from 'better-sqlite3';
import { toDebtorColumns } from '../debtors/debtor-rows';
import { generateDemoCreditor } from './creditor-company';
import { iterateDemoDebtors } from './demo-company';
import type { DemoDebtor, DemoOptions } from './demo-types';

/** What was written, for the caller's summary and logs. */
export interface DemoWriteSummary {
  debtors: number;
  invoices: number;
  payments: number;
  creditNotes: number;
  disputes: number;
}

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
  ['created_at', 'createdAt'],
  ['updated_at', 'updatedAt'],
];

function prepareStatements(sqlite: Database.Database) {
  return {
    debtor: sqlite.prepare(
      `INSERT INTO debtors (${DEBTOR_COLUMNS.map(([column]) => column).join(', ')})
       VALUES (${DEBTOR_COLUMNS.map(([, parameter]) => `@${parameter}`).join(', ')})`,
    ),
    contact: sqlite.prepare(
      `INSERT INTO contacts (debtor_id, name, role, email, phone, is_primary) VALUES (?, ?, ?, ?, ?, ?)`,
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
      `INSERT INTO disputes (debtor_id, reason, description, opened_on, created_by, created_at)
       VALUES (?, 'qualite', ?, ?, ?, ?)`,
    ),
    disputeInvoice: sqlite.prepare(
      `INSERT INTO dispute_invoices (dispute_id, invoice_id) VALUES (?, ?)`,
    ),
  };
}

type Statements = ReturnType<typeof prepareStatements>;

function writeDebtor(statements: Statements, item: DemoDebtor, actor: string, now: string) {
  const row = {
    ...toDebtorColumns(item.debtor),
    externalRef: item.debtor.externalRef,
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
  if (item.disputedInvoiceKeys.length > 0) {
    const first = item.invoices.find((invoice) => invoice.key === item.disputedInvoiceKeys[0]);
    const disputeId = Number(
      statements.dispute.run(
        debtorId,
        'Le client conteste la qualité de la prestation.',
        first?.dueDate ?? now.slice(0, 10),
        actor,
        now,
      ).lastInsertRowid,
    );
    for (const key of item.disputedInvoiceKeys)
      statements.disputeInvoice.run(disputeId, invoiceIds.get(key));
  }
}

/**
 * Fills an empty, freshly created file with the demonstration company of
 * the given seed and scale, in one transaction, with bare prepared
 * statements so that 10,000 debtors take seconds, not minutes.
 */
export function writeDemoDatabase(
  sqlite: Database.Database,
  options: DemoOptions & { actor: string; now: string },
): DemoWriteSummary {
  const creditor = generateDemoCreditor(options.seed);
  const statements = prepareStatements(sqlite);
  const summary: DemoWriteSummary = {
    debtors: 0,
    invoices: 0,
    payments: 0,
    creditNotes: 0,
    disputes: 0,
  };
  sqlite.transaction(() => {
    sqlite
      .prepare(
        `INSERT INTO company (id, legal_name, legal_form, share_capital_cents, siren, rcs_city,
           address_line1, address_line2, postal_code, city, iban, bic, contact_name, email, phone,
           updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET legal_name = excluded.legal_name,
           legal_form = excluded.legal_form, share_capital_cents = excluded.share_capital_cents,
           siren = excluded.siren, rcs_city = excluded.rcs_city,
           address_line1 = excluded.address_line1, address_line2 = excluded.address_line2,
           postal_code = excluded.postal_code, city = excluded.city, iban = excluded.iban,
           bic = excluded.bic, contact_name = excluded.contact_name, email = excluded.email,
           phone = excluded.phone, updated_at = excluded.updated_at`,
      )
      .run(
        creditor.legalName,
        creditor.legalForm,
        creditor.shareCapitalCents,
        creditor.siren,
        creditor.rcsCity,
        creditor.addressLine1,
        creditor.addressLine2 ?? null,
        creditor.postalCode,
        creditor.city,
        creditor.iban,
        creditor.bic,
        creditor.contactName,
        creditor.email,
        creditor.phone,
        options.now,
      );
    for (const item of iterateDemoDebtors(options)) {
      writeDebtor(statements, item, options.actor, options.now);
      summary.debtors += 1;
      summary.invoices += item.invoices.length;
      summary.payments += item.payments.length;
      summary.creditNotes += item.creditNotes.length;
      summary.disputes += item.disputedInvoiceKeys.length > 0 ? 1 : 0;
    }
  })();
  return summary;
}
