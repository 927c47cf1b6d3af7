import { formatFrenchDate } from '../../src-shared/dates/french-date';
import {
  CASE_OUTCOME_LABELS,
  PROCEDURE_STEP_LABELS,
  type CaseOutcome,
  type LegalCase,
  type LegalCaseSummary,
  type ProcedureStepInput,
} from '../../src-shared/domain/legal-case';
import { debtorDisplayName } from '../../src-shared/domain/debtor';
import { procedureDeadlines } from '../../src-shared/legal/procedure-deadlines';
import { stepRefusal } from '../../src-shared/legal/step-rules';
import { recordChange } from '../audit/audit-trail';
import { AppError, notFound, validationError } from '../errors/app-error';
import { appendEvent } from '../timeline/timeline-repository';
import { inTransaction, type Queryable, type ServiceContext } from '../workspace/service-context';
import { ensureOpenCase, loadCase, loadDocuments, loadSteps } from './legal-case-repository';
import { insertStep } from './legal-step-writer';

/** Records a dated step of a debtor's procedure, opening a case if none is open. */
export async function recordStep(
  context: ServiceContext,
  debtorId: number,
  input: ProcedureStepInput,
): Promise<LegalCase> {
  const caseId = await inTransaction(context, async (trx) => {
    const id = await ensureOpenCase(trx, context, debtorId);
    const steps = await loadSteps(trx, [id]);
    const refusal = stepRefusal(input.kind, input.occurredOn, steps, context.today());
    if (refusal) throw validationError({ occurredOn: refusal });
    if (input.deadlineOn && input.deadlineOn < input.occurredOn) {
      throw validationError({ deadlineOn: "L'échéance ne peut pas précéder la date de l'étape." });
    }
    if (input.contactId !== null) await assertContact(trx, input.contactId);

    await insertStep(trx, context, { debtorId, caseId: id, input });
    return id;
  });
  return loadCase(context.database.db, caseId, context.today());
}

/** Cancels a step entered by mistake; it stays visible, struck through, in the case. */
export async function cancelStep(context: ServiceContext, stepId: number): Promise<LegalCase> {
  const caseId = await inTransaction(context, async (trx) => {
    const step = await trx
      .selectFrom('legalSteps')
      .innerJoin('legalCases', 'legalCases.id', 'legalSteps.caseId')
      .selectAll('legalSteps')
      .select('legalCases.debtorId')
      .where('legalSteps.id', '=', stepId)
      .executeTakeFirst();
    if (!step) throw notFound('Cette étape');
    if (step.cancelledAt) throw new AppError('CONFLICT', 'Cette étape est déjà annulée.');
    const cancelledAt = context.now().toISOString();
    await trx
      .updateTable('legalSteps')
      .set({ cancelledAt, cancelledBy: context.actor })
      .where('id', '=', stepId)
      .execute();
    await recordChange(trx, context, {
      table: 'legal_steps',
      rowId: stepId,
      action: 'archive',
      before: step,
      after: { ...step, cancelledAt, cancelledBy: context.actor },
    });
    const kind = step.kind as keyof typeof PROCEDURE_STEP_LABELS;
    await appendEvent(trx, context, {
      debtorId: step.debtorId,
      kind: 'legal_step_cancelled',
      summary:
        `Étape annulée : ${PROCEDURE_STEP_LABELS[kind]} du ` +
        `${formatFrenchDate(step.occurredOn)}`,
      details: { caseId: step.caseId, stepId },
    });
    return step.caseId;
  });
  return loadCase(context.database.db, caseId, context.today());
}

/** Closes a case with its outcome; a new step later opens a new case. */
export async function closeCase(
  context: ServiceContext,
  caseId: number,
  outcome: CaseOutcome,
): Promise<LegalCase> {
  await inTransaction(context, async (trx) => {
    const before = await trx
      .selectFrom('legalCases')
      .selectAll()
      .where('id', '=', caseId)
      .executeTakeFirst();
    if (!before) throw notFound('Cette procédure');
    if (before.closedOn) throw new AppError('CONFLICT', 'Cette procédure est déjà close.');
    const closedOn = context.today();
    await trx
      .updateTable('legalCases')
      .set({ closedOn, outcome })
      .where('id', '=', caseId)
      .execute();
    await recordChange(trx, context, {
      table: 'legal_cases',
      rowId: caseId,
      action: 'update',
      before,
      after: { ...before, closedOn, outcome },
    });
    await appendEvent(trx, context, {
      debtorId: before.debtorId,
      kind: 'legal_case_closed',
      summary: `Procédure close : ${CASE_OUTCOME_LABELS[outcome]}`,
      details: { caseId, outcome },
    });
  });
  return loadCase(context.database.db, caseId, context.today());
}

/** Every case, open ones first, each with its latest step and most urgent deadline. */
export async function listCases(db: Queryable, today: string): Promise<LegalCaseSummary[]> {
  const rows = await db
    .selectFrom('legalCases')
    .innerJoin('debtors', 'debtors.id', 'legalCases.debtorId')
    .selectAll('legalCases')
    .select(['debtors.kind', 'debtors.name', 'debtors.firstName'])
    .orderBy('legalCases.openedOn', 'desc')
    .orderBy('legalCases.id', 'desc')
    .execute();
  const ids = rows.map((row) => row.id);
  const [steps, documents] = await Promise.all([loadSteps(db, ids), loadDocuments(db, ids)]);
  const summaries = rows.map((row): LegalCaseSummary => {
    const own = steps.filter((step) => step.caseId === row.id);
    const live = own.filter((step) => step.cancelledAt === null);
    const last = live.at(-1);
    return {
      id: row.id,
      debtorId: row.debtorId,
      debtorName: debtorDisplayName(row),
      openedOn: row.openedOn,
      closedOn: row.closedOn,
      outcome: row.outcome,
      lastStep: last ? { kind: last.kind, occurredOn: last.occurredOn } : null,
      nextDeadline: row.closedOn ? null : (procedureDeadlines(own, today)[0] ?? null),
      claimedCents:
        documents.filter((document) => document.caseId === row.id).at(-1)?.totalCents ?? null,
    };
  });
  return summaries.sort((a, b) => Number(a.closedOn !== null) - Number(b.closedOn !== null));
}

async function assertContact(db: Queryable, contactId: number): Promise<void> {
  const contact = await db
    .selectFrom('legalContacts')
    .select('id')
    .where('id', '=', contactId)
    .executeTakeFirst();
  if (!contact) throw validationError({ contactId: "Ce contact de l'annuaire est introuvable." });
}
