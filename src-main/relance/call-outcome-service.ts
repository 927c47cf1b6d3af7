import { formatFrenchDate } from '../../src-shared/dates/french-date';
import type { DisputeReason } from '../../src-shared/domain/dispute';
import {
  callBackOn,
  CALL_OUTCOME_LABELS,
  type CallOutcome,
} from '../../src-shared/relance/call-script';
import type { RelanceActionRecord } from '../../src-shared/relance/relance-view';
import { insertDispute } from '../collection/dispute-service';
import { insertPromise } from '../collection/promise-service';
import { AppError, validationError } from '../errors/app-error';
import { appendEvent } from '../timeline/timeline-repository';
import { inTransaction, type ServiceContext } from '../workspace/service-context';
import { writeDebtorRelance } from './debtor-relance-service';
import { insertRelanceAction } from './relance-action-writer';
import { dueRelance, type SeenRelance } from './relance-actions';

/** What the user records after a call. */
export interface CallReport extends SeenRelance {
  outcome: CallOutcome;
  note: string | null;
  promise: { dueOn: string; amountCents: number } | null;
  dispute: { reason: DisputeReason; description: string | null } | null;
}

/**
 * Records the outcome of the call step, which decides what comes next: no
 * answer brings the call back in two working days; a promise or a dispute
 * pauses the relance of its invoices; the other outcomes complete the step.
 */
export async function recordCall(
  context: ServiceContext,
  report: CallReport,
): Promise<RelanceActionRecord | null> {
  const { item, step } = await dueRelance(context, report);
  if (step.channel !== 'appel') {
    throw new AppError('CONFLICT', 'La relance due pour ce débiteur n’est pas un appel.');
  }
  const note = report.note?.trim() || null;
  const invoiceIds = item.invoices.map((invoice) => invoice.id);
  if (report.outcome === 'promesse' && !report.promise) {
    throw validationError({ promiseDueOn: 'Indiquez la date et le montant promis.' });
  }
  if (report.outcome === 'litige' && !report.dispute) {
    throw validationError({ disputeReason: 'Indiquez le motif du litige.' });
  }
  return inTransaction(context, async (trx) => {
    if (report.outcome === 'pas_de_reponse') {
      const until = callBackOn(context.today());
      await writeDebtorRelance(trx, context, item.debtorId, {
        postponedUntil: until,
        postponeReason: 'Appel sans réponse',
      });
      await appendEvent(trx, context, {
        debtorId: item.debtorId,
        kind: 'call_logged',
        summary:
          `Appel sans réponse : rappel prévu le ` +
          `${formatFrenchDate(until)}${note ? ` (${note})` : ''}`,
        invoiceIds,
        details: { channel: 'appel', callOutcome: 'pas_de_reponse', note, callBackOn: until },
      });
      return null;
    }
    if (report.outcome === 'promesse' && report.promise) {
      await insertPromise(trx, context, {
        debtorId: item.debtorId,
        madeOn: context.today(),
        dueOn: report.promise.dueOn,
        amountCents: report.promise.amountCents,
        channel: 'appel',
        note,
        invoiceIds,
      });
    }
    if (report.outcome === 'litige' && report.dispute) {
      await insertDispute(trx, context, {
        debtorId: item.debtorId,
        reason: report.dispute.reason,
        description: report.dispute.description ?? note,
        ownerUserId: item.ownerUserId,
        openedOn: context.today(),
        invoiceIds,
      });
    }
    return insertRelanceAction(trx, context, {
      item,
      status: 'fait',
      recipient: null,
      subject: null,
      body: [`Issue : ${CALL_OUTCOME_LABELS[report.outcome]}`, ...(note ? [note] : [])].join('\n'),
      delivery: 'appel',
      outputPath: null,
      skipReason: null,
      callOutcome: report.outcome,
      batchId: null,
    });
  });
}
