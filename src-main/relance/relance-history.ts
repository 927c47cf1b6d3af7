import type { CallOutcome } from '../../src-shared/relance/call-script';
import type { RelanceChannel, RelanceTone } from '../../src-shared/relance/relance-channel';
import type { Delivery, RelanceActionRecord } from '../../src-shared/relance/relance-view';
import type { Queryable } from '../workspace/service-context';

/** The relance actions of one debtor (or of all, with null), oldest first, with their invoices. */
export async function loadRelanceActions(
  db: Queryable,
  debtorId: number | null,
): Promise<RelanceActionRecord[]> {
  let query = db.selectFrom('relanceActions').selectAll();
  if (debtorId !== null) query = query.where('debtorId', '=', debtorId);
  const rows = await query.orderBy('doneAt').orderBy('id').execute();
  let links = db
    .selectFrom('relanceActionInvoices')
    .innerJoin('relanceActions', 'relanceActions.id', 'relanceActionInvoices.actionId')
    .select(['relanceActionInvoices.actionId', 'relanceActionInvoices.invoiceId']);
  if (debtorId !== null) links = links.where('relanceActions.debtorId', '=', debtorId);
  const invoices = new Map<number, number[]>();
  for (const link of await links.execute()) {
    invoices.set(link.actionId, [...(invoices.get(link.actionId) ?? []), link.invoiceId]);
  }
  return rows.map((row) => ({
    ...row,
    channel: row.channel as RelanceChannel,
    tone: row.tone as RelanceTone,
    delivery: row.delivery as Delivery | null,
    callOutcome: row.callOutcome as CallOutcome | null,
    invoiceIds: invoices.get(row.id) ?? [],
  }));
}
