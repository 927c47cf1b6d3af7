import type { DocumentSpec } from '../../src-shared/documents/document-blocks';
import { registerStepDocumentGenerator } from '../relance/step-documents';
import { inTransaction, type ServiceContext } from '../workspace/service-context';
import { documentsRootOfContext } from './document-output';
import { letterOfDay } from './legal-case-repository';
import { insertStep } from './legal-step-writer';
import { miseEnDemeureSpecOf, writeMiseEnDemeure } from './mise-en-demeure-service';

/**
 * Plugs the legal mise en demeure into the relance engine: a step on the channel
 * « mise_en_demeure » writes the letter of the legal side (the amounts with their working, the
 * deadline, the court), records it on the debtor's case with the step « mise en demeure envoyée »
 * dated today, and gives its blocks to the relance, whose copy and merged batch print the same
 * letter. A debtor gets one letter a day: one already written today (by the batch of
 * « Contentieux » or by an earlier attempt) is recorded as sent and printed again.
 */
export function plugMiseEnDemeureIntoRelance(): void {
  registerStepDocumentGenerator('mise_en_demeure', ({ context, message }) =>
    relanceMiseEnDemeure(context, message.debtor.id, message.invoiceIds),
  );
}

// The relance engine calls the generator only when it does the step (never for a preview), so
// the letter is posted today; the relance is recorded just after, in its own transaction.
async function relanceMiseEnDemeure(
  context: ServiceContext,
  debtorId: number,
  invoiceIds: readonly number[],
): Promise<DocumentSpec> {
  const today = context.today();
  const existing = await letterOfDay(context.database.db, debtorId, today);
  if (!existing) {
    const written = await writeMiseEnDemeure(context, documentsRootOfContext(context), debtorId, {
      sentOn: today,
      invoiceIds,
    });
    return written.spec;
  }

  if (!existing.sent) {
    await inTransaction(context, (trx) =>
      insertStep(trx, context, {
        debtorId,
        caseId: existing.caseId,
        documentId: existing.documentId,
        input: {
          kind: 'mise_en_demeure_envoyee',
          occurredOn: today,
          deadlineOn: null,
          reference: null,
          note: null,
          contactId: null,
        },
      }),
    );
  }
  return miseEnDemeureSpecOf(context, existing.documentId);
}
