import type Database from 'better-sqlite3';
import { toDebtorColumns } from '../debtors/debtor-rows';
import type { DebtorTarget, LedgerPlan, RowTarget } from './ledger-plan';

/** The ids the written rows got, by debtor, for the audit trail and the timeline. */
export interface WrittenPlan {
  debtorIds: Map<string, number>;
  invoiceIdsByDebtor: Map<number, number[]>;
}

/** How the writer reports progress and gives way between slices. */
export interface PlanWriteHooks {
  /** Called every SLICE rows; may throw to stop (a cancellation). */
  pause(): Promise<void>;
  onProgress?(done: number, total: number): void;
  now: string;
}

const SLICE = 2_000;

// The identity columns `toDebtorColumns` fills, then what only an insert sets.
const DEBTOR_IDENTITY_COLUMNS = (
  'kind name first_name legal_form siren siret vat_number naf_code sector size_class ' +
  'address_line1 address_line2 postal_code city departement phone email notes tags search_key'
).split(' ');
const DEBTOR_COLUMNS = [...DEBTOR_IDENTITY_COLUMNS, 'external_ref', 'created_at', 'updated_at'];

/**
 * Executes a plan inside the caller's transaction with bare prepared statements, the fastest
 * way better-sqlite3 inserts, pausing every SLICE rows so progress can be shown and the import
 * cancelled.
 */
export async function writeLedgerPlan(
  sqlite: Database.Database,
  plan: LedgerPlan,
  hooks: PlanWriteHooks,
): Promise<WrittenPlan> {
  const statements = prepare(sqlite, plan.source);
  const total =
    plan.newDebtors.length +
    plan.debtorUpdates.length +
    plan.invoices.length +
    plan.invoiceUpdates.length +
    plan.payments.length +
    plan.creditNotes.length +
    plan.allocations.length +
    plan.reallocations.length +
    plan.creditNoteLinks.length;
  let done = 0;
  const step = async () => {
    done += 1;
    if (done % SLICE === 0) {
      hooks.onProgress?.(done, total);
      await hooks.pause();
    }
  };

  const debtorIds = new Map<string, number>();
  for (const debtor of plan.newDebtors) {
    const row = {
      ...toDebtorColumns(debtor.input),
      externalRef: debtor.externalRef,
      createdAt: hooks.now,
      updatedAt: hooks.now,
    };
    debtorIds.set(debtor.key, Number(statements.debtor.run(row).lastInsertRowid));
    await step();
  }
  const debtorId = (target: DebtorTarget): number => {
    if ('existingId' in target) return target.existingId;
    const id = debtorIds.get(target.newKey);
    if (id === undefined) throw new Error(`import: debtor ${target.newKey} was not planned`);
    return id;
  };

  for (const update of plan.debtorUpdates) {
    statements.debtorUpdate.run({
      ...toDebtorColumns(update.input),
      updatedAt: hooks.now,
      id: update.debtorId,
    });
    await step();
  }

  const invoiceIds: number[] = [];
  const invoiceIdsByDebtor = new Map<number, number[]>();
  for (const invoice of plan.invoices) {
    const owner = debtorId(invoice.debtor);
    const id = Number(
      statements.invoice.run(
        owner,
        invoice.number,
        invoice.issueDate,
        invoice.dueDate,
        invoice.amountExclTaxCents,
        invoice.vatCents,
        invoice.amountInclTaxCents,
        invoice.paymentTerms,
        invoice.externalRef,
        hooks.now,
      ).lastInsertRowid,
    );
    invoiceIds.push(id);
    invoiceIdsByDebtor.set(owner, [...(invoiceIdsByDebtor.get(owner) ?? []), id]);
    await step();
  }
  const invoiceId = (target: RowTarget): number =>
    'existingId' in target ? target.existingId : (invoiceIds[target.newIndex] ?? -1);

  for (const update of plan.invoiceUpdates) {
    statements.invoiceUpdate.run(
      update.issueDate,
      update.dueDate,
      update.amountExclTaxCents,
      update.vatCents,
      update.amountInclTaxCents,
      update.invoiceId,
    );
    await step();
  }

  const paymentIds: number[] = [];
  for (const payment of plan.payments) {
    const result = statements.payment.run(
      debtorId(payment.debtor),
      payment.date,
      payment.amountCents,
      payment.method,
      payment.reference,
      payment.externalRef,
      hooks.now,
    );
    paymentIds.push(Number(result.lastInsertRowid));
    await step();
  }
  for (const note of plan.creditNotes) {
    statements.creditNote.run(
      debtorId(note.debtor),
      note.number,
      note.date,
      note.amountCents,
      note.invoice === null ? null : invoiceId(note.invoice),
      note.reason,
      note.externalRef,
      hooks.now,
    );
    await step();
  }
  for (const allocation of plan.allocations) {
    const { payment } = allocation;
    const paymentId = 'existingId' in payment ? payment.existingId : paymentIds[payment.newIndex];
    statements.allocation.run(paymentId, invoiceId(allocation.invoice), allocation.amountCents);
    await step();
  }
  for (const move of plan.reallocations) {
    const lowered = statements.allocationLower.run(
      move.amountCents,
      move.paymentId,
      move.fromInvoiceId,
      move.amountCents,
    );
    if (lowered.changes === 0) {
      statements.allocationRemove.run(move.paymentId, move.fromInvoiceId, move.amountCents);
    }
    statements.allocation.run(move.paymentId, invoiceId(move.invoice), move.amountCents);
    await step();
  }
  for (const link of plan.creditNoteLinks) {
    statements.creditNoteLink.run(invoiceId(link.invoice), link.creditNoteId);
    await step();
  }
  hooks.onProgress?.(total, total);
  return { debtorIds, invoiceIdsByDebtor };
}

function prepare(sqlite: Database.Database, source: LedgerPlan['source']) {
  const parameters = DEBTOR_COLUMNS.map((column) => `@${camelCase(column)}`).join(', ');
  const assignments = DEBTOR_IDENTITY_COLUMNS.map((column) => `${column} = @${camelCase(column)}`);
  return {
    debtor: sqlite.prepare(
      `INSERT INTO debtors (${DEBTOR_COLUMNS.join(', ')}) VALUES (${parameters})`,
    ),
    debtorUpdate: sqlite.prepare(
      `UPDATE debtors SET ${assignments.join(', ')}, updated_at = @updatedAt WHERE id = @id`,
    ),
    invoice: sqlite.prepare(
      `INSERT INTO invoices (debtor_id, number, issue_date, due_date, amount_excl_tax_cents,
         vat_cents, amount_incl_tax_cents, currency, payment_terms, source, external_ref,
         created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'EUR', ?, '${source}', ?, ?)`,
    ),
    invoiceUpdate: sqlite.prepare(
      `UPDATE invoices SET issue_date = ?, due_date = ?, amount_excl_tax_cents = ?,
         vat_cents = ?, amount_incl_tax_cents = ? WHERE id = ?`,
    ),
    payment: sqlite.prepare(
      `INSERT INTO payments (debtor_id, date, amount_cents, method, reference, source,
         external_ref, created_at)
       VALUES (?, ?, ?, ?, ?, '${source}', ?, ?)`,
    ),
    creditNote: sqlite.prepare(
      `INSERT INTO credit_notes (debtor_id, number, date, amount_cents, invoice_id, reason,
         source, external_ref, created_at)
       VALUES (?, ?, ?, ?, ?, ?, '${source}', ?, ?)`,
    ),
    // Two shares of one payment on one invoice (two lettrage groups) add up in one row.
    allocation: sqlite.prepare(
      `INSERT INTO payment_allocations (payment_id, invoice_id, amount_cents) VALUES (?, ?, ?)
       ON CONFLICT (payment_id, invoice_id)
       DO UPDATE SET amount_cents = amount_cents + excluded.amount_cents`,
    ),
    allocationLower: sqlite.prepare(
      `UPDATE payment_allocations SET amount_cents = amount_cents - ?
       WHERE payment_id = ? AND invoice_id = ? AND amount_cents > ?`,
    ),
    allocationRemove: sqlite.prepare(
      `DELETE FROM payment_allocations
       WHERE payment_id = ? AND invoice_id = ? AND amount_cents = ?`,
    ),
    creditNoteLink: sqlite.prepare(
      `UPDATE credit_notes SET invoice_id = ? WHERE id = ? AND invoice_id IS NULL`,
    ),
  };
}

function camelCase(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}
