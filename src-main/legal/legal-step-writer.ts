import { formatFrenchDate } from '../../src-shared/dates/french-date';
import { PROCEDURE_STEP_LABELS, type ProcedureStepInput } from '../../src-shared/domain/legal-case';
import { letterDateRefusal } from '../../src-shared/legal/step-rules';
import { recordChange } from '../audit/audit-trail';
import { validationError } from '../errors/app-error';
import { appendEvent } from '../timeline/timeline-repository';
import type { Queryable, ServiceContext } from '../workspace/service-context';
import { loadDocuments } from './legal-case-repository';

/** Inserts a checked step in the caller's transaction, audited and put on the timeline. */
export async function insertStep(
  trx: Queryable,
  context: ServiceContext,
  step: {
    debtorId: number;
    caseId: number;
    input: ProcedureStepInput;
    documentId?: number;
    /** False when the caller writes its own, more telling, timeline line. */
    onTimeline?: boolean;
  },
): Promise<number> {
  const { input, caseId } = step;
  // A requête filed refers to the last requête prepared, whose invoices it interrupts; a
  // mise en demeure sent or received, to the last letter prepared.
  const documentKind =
    input.kind === 'requete_deposee'
      ? 'requete'
      : input.kind.startsWith('mise_en_demeure')
        ? 'mise_en_demeure'
        : input.kind === 'remise_commissaire'
          ? 'remise'
          : input.kind === 'note_refere_transmise'
            ? 'note_refere'
            : null;
  const documents = documentKind ? await loadDocuments(trx, [caseId]) : [];
  const document =
    documents.find((candidate) => candidate.id === step.documentId) ??
    documents.filter((candidate) => candidate.kind === documentKind).at(-1);
  // A letter is not sent before the date written on it; every path records steps through here.
  const refusal = letterDateRefusal(
    input.kind,
    input.occurredOn,
    document?.kind === 'mise_en_demeure' ? document.preparedOn : null,
  );
  if (refusal) throw validationError({ occurredOn: refusal });

  // A letter recorded as sent gives the debtor the deadline written in it.
  const snapshot = document ? await documentSnapshot(trx, document.id) : null;
  const deadlineOn =
    input.deadlineOn ??
    (input.kind === 'mise_en_demeure_envoyee' && typeof snapshot?.deadlineOn === 'string'
      ? snapshot.deadlineOn
      : null);

  const row = {
    caseId,
    ...input,
    deadlineOn,
    reference: input.reference?.trim() || null,
    note: input.note?.trim() || null,
    documentId: document?.id ?? null,
    createdBy: context.actor,
    createdAt: context.now().toISOString(),
  };
  const { id } = await trx
    .insertInto('legalSteps')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordChange(trx, context, {
    table: 'legal_steps',
    rowId: id,
    action: 'insert',
    before: null,
    after: row,
  });
  if (step.onTimeline === false) return id;
  await appendEvent(trx, context, {
    debtorId: step.debtorId,
    kind: 'legal_step_recorded',
    summary:
      `${PROCEDURE_STEP_LABELS[input.kind]} le ${formatFrenchDate(input.occurredOn)}` +
      (row.reference ? ` (réf. ${row.reference})` : ''),
    invoiceIds: document?.invoiceIds ?? [],
    details: { caseId, stepId: id, kind: input.kind, occurredOn: input.occurredOn },
  });
  return id;
}

async function documentSnapshot(
  trx: Queryable,
  documentId: number,
): Promise<Record<string, unknown> | null> {
  const row = await trx
    .selectFrom('legalDocuments')
    .select('snapshot')
    .where('id', '=', documentId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.snapshot) as Record<string, unknown>) : null;
}
