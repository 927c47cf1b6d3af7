import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { CALL_OUTCOME_LABELS, type CallOutcome } from '../../src-shared/relance/call-script';
import { RELANCE_CHANNEL_LABELS } from '../../src-shared/relance/relance-channel';
import {
  DELIVERY_LABELS,
  type AgendaItem,
  type Delivery,
  type RelanceActionRecord,
} from '../../src-shared/relance/relance-view';
import { recordChange } from '../audit/audit-trail';
import { appendEvent } from '../timeline/timeline-repository';
import type { Queryable, ServiceContext } from '../workspace/service-context';
import { loadRelanceActions } from './relance-history';

/** What a handled relance records: the agenda line it answers and what was sent or why not. */
export interface NewRelanceAction {
  item: AgendaItem;
  status: 'fait' | 'ignore';
  recipient: string | null;
  subject: string | null;
  body: string | null;
  delivery: Delivery | null;
  outputPath: string | null;
  skipReason: string | null;
  callOutcome: CallOutcome | null;
  batchId: string | null;
}

function summaryOf(action: NewRelanceAction): string {
  const step =
    `étape ${action.item.stepIndex + 1}/${action.item.stepCount}` +
    ` (${RELANCE_CHANNEL_LABELS[action.item.channel]})`;
  if (action.status === 'ignore') return `Relance ignorée, ${step} : ${action.skipReason ?? ''}`;
  const what = action.callOutcome
    ? `issue : ${CALL_OUTCOME_LABELS[action.callOutcome]}`
    : (action.subject ?? DELIVERY_LABELS[action.delivery ?? 'courrier']);
  return `Relance faite, ${step}${action.item.repeat ? ', renouvelée' : ''} : ${what}`;
}

/**
 * Records a relance done or skipped, in the append-only actions table, the
 * audit trail and the debtor's timeline, with the exact content sent and
 * who did it. Call inside the transaction of the whole action.
 */
export async function insertRelanceAction(
  trx: Queryable,
  context: ServiceContext,
  action: NewRelanceAction,
): Promise<RelanceActionRecord> {
  const today: CalendarDate = context.today();
  const row = await trx
    .insertInto('relanceActions')
    .values({
      debtorId: action.item.debtorId,
      scenarioId: action.item.scenarioId,
      stepIndex: action.item.stepIndex,
      channel: action.item.channel,
      tone: action.item.tone,
      status: action.status,
      plannedOn: action.item.dueOn,
      doneOn: today,
      doneAt: context.now().toISOString(),
      actor: context.actor,
      recipient: action.recipient,
      subject: action.subject,
      body: action.body,
      delivery: action.delivery,
      outputPath: action.outputPath,
      skipReason: action.skipReason,
      callOutcome: action.callOutcome,
      batchId: action.batchId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const invoiceIds = action.item.invoices.map((invoice) => invoice.id);
  if (invoiceIds.length > 0) {
    await trx
      .insertInto('relanceActionInvoices')
      .values(invoiceIds.map((invoiceId) => ({ actionId: row.id, invoiceId })))
      .execute();
  }
  const record = (await loadRelanceActions(trx, action.item.debtorId)).find(
    (a) => a.id === row.id,
  )!;
  await recordChange(trx, context, {
    table: 'relance_actions',
    rowId: row.id,
    action: 'insert',
    before: null,
    after: record,
  });
  await appendEvent(trx, context, {
    debtorId: action.item.debtorId,
    kind: action.status === 'fait' ? 'relance_done' : 'relance_skipped',
    summary: summaryOf(action),
    invoiceIds,
    details: {
      actionId: row.id,
      channel: action.item.channel,
      stepIndex: action.item.stepIndex,
      scenarioId: action.item.scenarioId,
      recipient: action.recipient,
      subject: action.subject,
      body: action.body,
      delivery: action.delivery,
      outputPath: action.outputPath,
      callOutcome: action.callOutcome,
      skipReason: action.skipReason,
    },
  });
  return record;
}
