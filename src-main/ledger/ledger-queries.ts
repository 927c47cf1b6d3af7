import type {
  CreditNote,
  Invoice,
  LedgerSource,
  Payment,
  PaymentMethod,
} from '../../src-shared/domain/ledger';
import type { Queryable } from '../workspace/service-context';

/** A debtor's invoices, oldest first. */
export async function loadInvoices(db: Queryable, debtorId: number): Promise<Invoice[]> {
  const rows = await db
    .selectFrom('invoices')
    .selectAll()
    .where('debtorId', '=', debtorId)
    .orderBy('issueDate')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, source: row.source as LedgerSource }));
}

/** A debtor's payments with their allocations, oldest first. */
export async function loadPayments(db: Queryable, debtorId: number): Promise<Payment[]> {
  const rows = await db
    .selectFrom('payments')
    .selectAll()
    .where('debtorId', '=', debtorId)
    .orderBy('date')
    .orderBy('id')
    .execute();
  const allocations = await db
    .selectFrom('paymentAllocations')
    .innerJoin('payments', 'payments.id', 'paymentAllocations.paymentId')
    .select([
      'paymentAllocations.paymentId',
      'paymentAllocations.invoiceId',
      'paymentAllocations.amountCents',
    ])
    .where('payments.debtorId', '=', debtorId)
    .execute();
  return rows.map((row) => ({
    ...row,
    method: row.method as PaymentMethod,
    source: row.source as LedgerSource,
    allocations: allocations
      .filter((allocation) => allocation.paymentId === row.id)
      .map(({ invoiceId, amountCents }) => ({ invoiceId, amountCents })),
  }));
}

/** A debtor's credit notes, oldest first. */
export async function loadCreditNotes(db: Queryable, debtorId: number): Promise<CreditNote[]> {
  const rows = await db
    .selectFrom('creditNotes')
    .selectAll()
    .where('debtorId', '=', debtorId)
    .orderBy('date')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, source: row.source as LedgerSource }));
}
