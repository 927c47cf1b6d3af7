import { computeDebtorBalance, computeInvoiceStatuses } from '../../src-shared/domain/balances';
import type { Contact } from '../../src-shared/domain/debtor';
import type { DebtorFile } from '../../src-shared/domain/debtor-file';
import { loadCreditNotes, loadInvoices, loadPayments } from '../ledger/ledger-queries';
import { listEvents } from '../timeline/timeline-repository';
import type { Queryable, ServiceContext } from '../workspace/service-context';
import { findDebtor } from './debtor-service';

/** Everything the dossier débiteur screen shows: identity, ledger with open amounts, timeline. */
export async function loadDebtorFile(context: ServiceContext, id: number): Promise<DebtorFile> {
  const db = context.database.db;
  const debtor = await findDebtor(db, id);
  const [invoices, payments, creditNotes, contacts, events] = await Promise.all([
    loadInvoices(db, id),
    loadPayments(db, id),
    loadCreditNotes(db, id),
    loadContacts(db, id),
    listEvents(db, id),
  ]);
  const today = context.today();
  const statuses = computeInvoiceStatuses(invoices, payments, creditNotes, today);
  return {
    debtor,
    contacts,
    invoices: invoices.map((invoice, index) => {
      const { invoiceId: _invoiceId, ...status } = statuses[index]!;
      return { ...invoice, ...status };
    }),
    payments,
    creditNotes,
    balance: computeDebtorBalance(invoices, payments, creditNotes, today),
    events,
  };
}

async function loadContacts(db: Queryable, debtorId: number): Promise<Contact[]> {
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('debtorId', '=', debtorId)
    .where('archived', '=', 0)
    .orderBy('isPrimary', 'desc')
    .orderBy('name')
    .execute();
  return rows.map(({ archived: _archived, ...row }) => ({
    ...row,
    isPrimary: row.isPrimary === 1,
  }));
}
