import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { debtorDisplayName } from '../../src-shared/domain/debtor';
import type {
  LegalCase,
  LegalDocument,
  LegalDocumentKind,
  ProcedureStep,
  ProcedureStepKind,
} from '../../src-shared/domain/legal-case';
import { procedureDeadlines } from '../../src-shared/legal/procedure-deadlines';
import { recordChange } from '../audit/audit-trail';
import { notFound } from '../errors/app-error';
import type { Queryable, ServiceContext } from '../workspace/service-context';

/** The id of the debtor's open case, or null. */
export async function findOpenCaseId(db: Queryable, debtorId: number): Promise<number | null> {
  const row = await db
    .selectFrom('legalCases')
    .select('id')
    .where('debtorId', '=', debtorId)
    .where('closedOn', 'is', null)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The debtor's open case, opened today if there is none (inside the caller's transaction). */
export async function ensureOpenCase(
  trx: Queryable,
  context: ServiceContext,
  debtorId: number,
): Promise<number> {
  const existing = await findOpenCaseId(trx, debtorId);
  if (existing !== null) return existing;
  const row = {
    debtorId,
    openedOn: context.today(),
    createdBy: context.actor,
    createdAt: context.now().toISOString(),
  };
  const { id } = await trx
    .insertInto('legalCases')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordChange(trx, context, {
    table: 'legal_cases',
    rowId: id,
    action: 'insert',
    before: null,
    after: row,
  });
  return id;
}

/** What a new document row holds. */
export interface NewLegalDocument {
  caseId: number;
  debtorId: number;
  kind: LegalDocumentKind;
  filePath: string;
  invoiceIds: number[];
  totalCents: number;
  snapshot: unknown;
}

/** Records a document written for a case, audited; returns its id. */
export async function insertLegalDocument(
  trx: Queryable,
  context: ServiceContext,
  document: NewLegalDocument,
): Promise<number> {
  const row = {
    caseId: document.caseId,
    debtorId: document.debtorId,
    kind: document.kind,
    preparedOn: context.today(),
    filePath: document.filePath,
    invoiceIds: JSON.stringify(document.invoiceIds),
    totalCents: document.totalCents,
    snapshot: JSON.stringify(document.snapshot),
    createdBy: context.actor,
    createdAt: context.now().toISOString(),
  };
  const { id } = await trx
    .insertInto('legalDocuments')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordChange(trx, context, {
    table: 'legal_documents',
    rowId: id,
    action: 'insert',
    before: null,
    after: { ...row, snapshot: undefined },
  });
  return id;
}

/** A case with its steps, documents and deadlines as of `today`. */
export async function loadCase(
  db: Queryable,
  caseId: number,
  today: CalendarDate,
): Promise<LegalCase> {
  const row = await db
    .selectFrom('legalCases')
    .innerJoin('debtors', 'debtors.id', 'legalCases.debtorId')
    .selectAll('legalCases')
    .select(['debtors.kind', 'debtors.name', 'debtors.firstName'])
    .where('legalCases.id', '=', caseId)
    .executeTakeFirst();
  if (!row) throw notFound('Cette procédure');
  const [steps, documents] = await Promise.all([
    loadSteps(db, [caseId]),
    loadDocuments(db, [caseId]),
  ]);
  return {
    id: row.id,
    debtorId: row.debtorId,
    debtorName: debtorDisplayName(row),
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    outcome: row.outcome,
    court:
      row.courtName && row.courtJudge
        ? {
            name: row.courtName,
            address: row.courtAddress,
            judge: row.courtJudge,
            cerfaNumber: row.cerfaNumber ?? '',
          }
        : null,
    steps,
    documents,
    deadlines: row.closedOn ? [] : procedureDeadlines(steps, today),
  };
}

/** The steps of some cases, oldest first, cancelled ones included. */
export async function loadSteps(db: Queryable, caseIds: number[]): Promise<ProcedureStep[]> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .selectFrom('legalSteps')
    .selectAll()
    .where('caseId', 'in', caseIds)
    .orderBy('occurredOn')
    .orderBy('id')
    .execute();
  return rows.map(({ cancelledBy: _cancelledBy, ...step }) => ({
    ...step,
    kind: step.kind as ProcedureStepKind,
  }));
}

/** The documents of some cases, oldest first. */
export async function loadDocuments(db: Queryable, caseIds: number[]): Promise<LegalDocument[]> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .selectFrom('legalDocuments')
    .select([
      'id',
      'caseId',
      'debtorId',
      'kind',
      'preparedOn',
      'filePath',
      'invoiceIds',
      'totalCents',
      'createdBy',
    ])
    .where('caseId', 'in', caseIds)
    .orderBy('id')
    .execute();
  return rows.map((document) => ({
    ...document,
    invoiceIds: JSON.parse(document.invoiceIds) as number[],
  }));
}

/** A mise en demeure written on a given day, and whether it is recorded as sent. */
export interface LetterOfDay {
  documentId: number;
  caseId: number;
  sent: boolean;
}

/** The latest mise en demeure prepared for the debtor on `day` in its open case, or null. */
export async function letterOfDay(
  db: Queryable,
  debtorId: number,
  day: CalendarDate,
): Promise<LetterOfDay | null> {
  const caseId = await findOpenCaseId(db, debtorId);
  if (caseId === null) return null;
  const letter = (await loadDocuments(db, [caseId]))
    .filter((document) => document.kind === 'mise_en_demeure' && document.preparedOn === day)
    .at(-1);
  if (!letter) return null;
  const sent = (await loadSteps(db, [caseId])).some(
    (step) =>
      step.kind === 'mise_en_demeure_envoyee' &&
      step.cancelledAt === null &&
      step.documentId === letter.id,
  );
  return { documentId: letter.id, caseId, sent };
}
