import { sql } from 'kysely';
import { daysBetween } from '../../src-shared/dates/calendar-date';
import type { DocumentSpec } from '../../src-shared/documents/document-blocks';
import { debtorDisplayName } from '../../src-shared/domain/debtor';
import type {
  BatchCandidate,
  BatchItemResult,
  BatchResult,
} from '../../src-shared/domain/legal-batch';
import type { ProcedureStepKind } from '../../src-shared/domain/legal-case';
import { backupBefore } from '../backups/backup-service';
import { findDebtor } from '../debtors/debtor-service';
import { renderDocx } from '../documents/render-docx';
import { AppError } from '../errors/app-error';
import { toErrorData } from '../errors/to-error-data';
import type { JobHandle } from '../jobs/job-registry';
import { createLogger } from '../logging/logger';
import type { Queryable, ServiceContext } from '../workspace/service-context';
import { companyDocumentsFolder, freshPath, writeDocumentFile } from './document-output';
import { checkDraft, draftInjonction } from './injonction-draft-service';
import { exportInjonction } from './injonction-export-service';
import { letterOfDay } from './legal-case-repository';
import { writeMiseEnDemeure } from './mise-en-demeure-service';
import { nextTurn } from '../jobs/next-turn';

const log = createLogger('legal-batch');
const CANDIDATE_LIMIT = 500;

/** The debtors with overdue invoices, largest overdue first, with where their case stands. */
export async function batchCandidates(db: Queryable, today: string): Promise<BatchCandidate[]> {
  const overdue = await sql<{ did: number; overdue: number; oldest: string }>`
    SELECT i.debtor_id AS did,
           SUM(i.amount_incl_tax_cents - COALESCE(pa.paid, 0) - COALESCE(cn.credited, 0)) AS overdue,
           MIN(i.due_date) AS oldest
    FROM invoices i
    JOIN debtors d ON d.id = i.debtor_id AND d.archived = 0
    LEFT JOIN (SELECT invoice_id, SUM(amount_cents) AS paid
               FROM payment_allocations GROUP BY invoice_id) pa ON pa.invoice_id = i.id
    LEFT JOIN (SELECT invoice_id, SUM(amount_cents) AS credited
               FROM credit_notes WHERE invoice_id IS NOT NULL GROUP BY invoice_id) cn
           ON cn.invoice_id = i.id
    WHERE i.due_date < ${today}
      AND i.amount_incl_tax_cents - COALESCE(pa.paid, 0) - COALESCE(cn.credited, 0) > 0
    GROUP BY i.debtor_id
    ORDER BY overdue DESC
    LIMIT ${CANDIDATE_LIMIT}
  `.execute(db);

  const candidates: BatchCandidate[] = [];
  for (const row of overdue.rows) {
    const debtor = await findDebtor(db, row.did);
    const steps = await db
      .selectFrom('legalSteps')
      .innerJoin('legalCases', 'legalCases.id', 'legalSteps.caseId')
      .select(['legalSteps.kind', 'legalSteps.occurredOn'])
      .where('legalCases.debtorId', '=', row.did)
      .where('legalSteps.cancelledAt', 'is', null)
      .orderBy('legalSteps.occurredOn')
      .orderBy('legalSteps.id')
      .execute();
    const letters = steps.filter((step) => step.kind === 'mise_en_demeure_envoyee');
    candidates.push({
      debtorId: row.did,
      debtorName: debtorDisplayName(debtor),
      kind: debtor.kind,
      overdueCents: Number(row.overdue),
      maxDaysOverdue: daysBetween(row.oldest, today),
      miseEnDemeureSentOn: letters.at(-1)?.occurredOn ?? null,
      lastStep: (steps.at(-1)?.kind as ProcedureStepKind | undefined) ?? null,
    });
  }
  return candidates;
}

/**
 * Prepares the mises en demeure or requêtes of several debtors, each checked, as a job. A backup
 * is taken first; a failure on one debtor is reported for that debtor and the batch goes on.
 */
export async function runBatch(
  context: ServiceContext,
  documentsRoot: string,
  kind: BatchResult['kind'],
  debtorIds: readonly number[],
  handle: JobHandle,
): Promise<BatchResult> {
  handle.report({ done: 0, total: debtorIds.length, label: 'Sauvegarde du fichier…' });
  await backupBefore(context, 'procedure');

  const items: BatchItemResult[] = [];
  const specs: DocumentSpec[] = [];
  for (const [index, debtorId] of debtorIds.entries()) {
    await nextTurn();
    if (handle.signal.aborted) break;
    let debtorName = `Débiteur n° ${debtorId}`;
    try {
      debtorName = debtorDisplayName(await findDebtor(context.database.db, debtorId));
      handle.report({ done: index, total: debtorIds.length, label: `Préparation : ${debtorName}` });
      const prepared = await prepareOne(context, documentsRoot, kind, debtorId);
      if (prepared.spec) specs.push(prepared.spec);
      items.push({ debtorId, debtorName, ...prepared.item });
    } catch (error) {
      if (!(error instanceof AppError)) log.error('batch item failed', error, { kind, debtorId });
      items.push({
        debtorId,
        debtorName,
        status: 'skipped',
        filePath: null,
        totalCents: null,
        messages: [toErrorData(error).message],
      });
    }
  }

  let mergedPath: string | null = null;
  if (specs.length > 1) {
    const label = kind === 'mise_en_demeure' ? 'Lot de mises en demeure' : 'Lot de requêtes';
    const folder = companyDocumentsFolder(documentsRoot, context.database.filePath);
    mergedPath = freshPath(folder, context.today(), label, '.docx');
    writeDocumentFile(mergedPath, await renderDocx(specs));
  }
  handle.report({ done: debtorIds.length, total: debtorIds.length, label: 'Terminé' });
  log.info('batch finished', {
    kind,
    prepared: items.filter((item) => item.status === 'prepared').length,
    skipped: items.filter((item) => item.status === 'skipped').length,
  });
  return { kind, items, mergedPath };
}

type ItemOutcome = Omit<BatchItemResult, 'debtorId' | 'debtorName'>;

async function prepareOne(
  context: ServiceContext,
  documentsRoot: string,
  kind: BatchResult['kind'],
  debtorId: number,
): Promise<{ item: ItemOutcome; spec: DocumentSpec | null }> {
  const skipped = (messages: string[]) => ({
    item: { status: 'skipped' as const, filePath: null, totalCents: null, messages },
    spec: null,
  });
  if (kind === 'mise_en_demeure') {
    // A relance step or an earlier batch may have written today's letter already.
    const letter = await letterOfDay(context.database.db, debtorId, context.today());
    if (letter) {
      return skipped([
        "Une mise en demeure a déjà été préparée aujourd'hui pour ce débiteur" +
          (letter.sent ? ' et enregistrée comme envoyée' : '') +
          " : aucune seconde lettre n'est écrite.",
      ]);
    }
    const { prepared, spec } = await writeMiseEnDemeure(context, documentsRoot, debtorId);
    return {
      item: {
        status: 'prepared',
        filePath: prepared.filePath,
        totalCents: prepared.totalCents,
        messages: [],
      },
      spec,
    };
  }

  const draft = await draftInjonction(context, debtorId);
  const { checks } = await checkDraft(context, draft);
  if (checks.blocking.length > 0) return skipped(checks.blocking.map((finding) => finding.message));
  const exported = await exportInjonction(context, documentsRoot, draft);
  return {
    item: {
      status: 'prepared',
      filePath: exported.prepared.filePath,
      totalCents: exported.prepared.totalCents,
      messages: exported.warnings,
    },
    spec: exported.spec,
  };
}
