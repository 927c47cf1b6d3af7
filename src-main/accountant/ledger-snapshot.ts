import type BetterSqlite3 from 'better-sqlite3';
import { debtorDisplayName, type DebtorKind } from '../../src-shared/domain/debtor';
import type { Allocation } from '../../src-shared/domain/ledger';

/** A debtor as the accountant's pack names it. */
export interface SnapshotDebtor {
  id: number;
  displayName: string;
  siren: string | null;
}

/** One debtor's ledger, with only the columns the open items and the aged balance need. */
export interface SnapshotLedger {
  invoices: {
    id: number;
    debtorId: number;
    number: string;
    issueDate: string;
    dueDate: string;
    amountInclTaxCents: number;
  }[];
  payments: { id: number; date: string; amountCents: number; allocations: Allocation[] }[];
  creditNotes: { date: string; amountCents: number; invoiceId: number | null }[];
}

/** Every debtor and its ledger, read in one read transaction (a consistent picture). */
export interface LedgerSnapshot {
  debtors: SnapshotDebtor[];
  ledgers: Map<number, SnapshotLedger>;
}

/** Reads the whole ledger in four queries, grouped by debtor, whatever the file's size. */
export function loadLedgerSnapshot(sqlite: BetterSqlite3.Database): LedgerSnapshot {
  return sqlite.transaction(() => {
    const debtors = (
      sqlite
        .prepare('SELECT id, kind, name, first_name, siren FROM debtors ORDER BY name, id')
        .all() as {
        id: number;
        kind: DebtorKind;
        name: string;
        first_name: string | null;
        siren: string | null;
      }[]
    ).map((row) => ({
      id: row.id,
      displayName: debtorDisplayName({ kind: row.kind, name: row.name, firstName: row.first_name }),
      siren: row.siren,
    }));
    const ledgers = new Map<number, SnapshotLedger>(
      debtors.map((debtor) => [debtor.id, { invoices: [], payments: [], creditNotes: [] }]),
    );
    const of = (debtorId: number) => ledgers.get(debtorId);

    const invoices = sqlite
      .prepare(
        `SELECT id, debtor_id AS debtorId, number, issue_date AS issueDate, due_date AS dueDate,
                amount_incl_tax_cents AS amountInclTaxCents
         FROM invoices ORDER BY due_date, id`,
      )
      .all() as SnapshotLedger['invoices'];
    for (const invoice of invoices) of(invoice.debtorId)?.invoices.push(invoice);

    const allocations = new Map<number, Allocation[]>();
    const shares = sqlite
      .prepare('SELECT payment_id, invoice_id, amount_cents FROM payment_allocations')
      .all() as { payment_id: number; invoice_id: number; amount_cents: number }[];
    for (const share of shares) {
      const list = allocations.get(share.payment_id) ?? [];
      list.push({ invoiceId: share.invoice_id, amountCents: share.amount_cents });
      allocations.set(share.payment_id, list);
    }
    const payments = sqlite
      .prepare('SELECT id, debtor_id, date, amount_cents FROM payments')
      .all() as { id: number; debtor_id: number; date: string; amount_cents: number }[];
    for (const payment of payments) {
      of(payment.debtor_id)?.payments.push({
        id: payment.id,
        date: payment.date,
        amountCents: payment.amount_cents,
        allocations: allocations.get(payment.id) ?? [],
      });
    }

    const notes = sqlite
      .prepare('SELECT debtor_id, date, amount_cents, invoice_id FROM credit_notes')
      .all() as {
      debtor_id: number;
      date: string;
      amount_cents: number;
      invoice_id: number | null;
    }[];
    for (const note of notes) {
      of(note.debtor_id)?.creditNotes.push({
        date: note.date,
        amountCents: note.amount_cents,
        invoiceId: note.invoice_id,
      });
    }
    return { debtors, ledgers };
  })();
}
