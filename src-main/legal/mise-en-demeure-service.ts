import { addDays, type CalendarDate } from '../../src-shared/dates/calendar-date';
import { formatFrenchDate } from '../../src-shared/dates/french-date';
import { nextBusinessDay } from '../../src-shared/dates/french-holidays';
import type { DocumentSpec } from '../../src-shared/documents/document-blocks';
import { debtorDisplayName } from '../../src-shared/domain/debtor';
import type { PreparedDocument } from '../../src-shared/domain/legal-case';
import { isPaidLate, type DebtorClaim } from '../../src-shared/legal/debtor-claim';
import { letterDateRefusal, stepRefusal } from '../../src-shared/legal/step-rules';
import { formatEuros } from '../../src-shared/money/format-amount';
import { getCompany } from '../company/company-service';
import { renderDocx } from '../documents/render-docx';
import { findDebtor } from '../debtors/debtor-service';
import { notFound, validationError } from '../errors/app-error';
import { appendEvent } from '../timeline/timeline-repository';
import {
  assertWritable,
  inTransaction,
  type Queryable,
  type ServiceContext,
} from '../workspace/service-context';
import { claimReadyForDocument, creditorReadyForDocument } from './document-preconditions';
import { computeClaim } from './claim-service';
import { claimNatureOf, resolveCourt } from './court-service';
import { debtorDocumentsFolder, freshPath, writeDocumentFile } from './document-output';
import { ensureOpenCase, insertLegalDocument } from './legal-case-repository';
import { readLegalOptions } from './legal-tables';
import { insertStep } from './legal-step-writer';
import { miseEnDemeureSpec, type MiseEnDemeureFacts } from './mise-en-demeure-document';
import { removeQuietly } from './remove-quietly';

/** Options of a mise en demeure; the deadline defaults to the settings (8 days). */
export interface MiseEnDemeureOptions {
  deadlineDays?: number;
  /** Day the letter was posted, when it goes out at once: records the step « envoyée ». */
  sentOn?: CalendarDate | null;
  /**
   * The open invoices to claim (a relance step's); invoices paid late keep their penalties and
   * indemnity in the letter. All the claimable invoices when absent.
   */
  invoiceIds?: readonly number[];
}

/** A mise en demeure ready to render: its blocks, the claim it states and its deadline. */
export interface MiseEnDemeureDraft {
  spec: DocumentSpec;
  claim: DebtorClaim;
  deadlineOn: CalendarDate;
  debtorName: string;
}

/** Builds a debtor's mise en demeure as of today, or says in French what is missing. */
export async function buildMiseEnDemeure(
  context: ServiceContext,
  debtorId: number,
  options: MiseEnDemeureOptions = {},
): Promise<MiseEnDemeureDraft> {
  const db = context.database.db;
  const today = context.today();
  const [computed, company, legalOptions] = await Promise.all([
    computeClaim(db, debtorId, today),
    getCompany(db),
    readLegalOptions(db),
  ]);
  const { ledger, claim } = options.invoiceIds
    ? await computeClaim(db, debtorId, today, selectionOf(computed.claim, options.invoiceIds))
    : computed;
  creditorReadyForDocument(company);
  claimReadyForDocument(claim, debtorDisplayName(ledger.debtor));

  // A deadline falling on a weekend or public holiday moves to the next working day.
  const deadlineOn = nextBusinessDay(
    addDays(today, options.deadlineDays ?? legalOptions.miseEnDemeureDays),
  );
  const spec = await letterSpec(db, { company, debtor: ledger.debtor, claim, deadlineOn }, today);
  return { spec, claim, deadlineOn, debtorName: debtorDisplayName(ledger.debtor) };
}

/** The blocks of a mise en demeure already written, rebuilt from the claim it recorded. */
export async function miseEnDemeureSpecOf(
  context: ServiceContext,
  documentId: number,
): Promise<DocumentSpec> {
  const db = context.database.db;
  const row = await db
    .selectFrom('legalDocuments')
    .select(['debtorId', 'preparedOn', 'snapshot'])
    .where('id', '=', documentId)
    .where('kind', '=', 'mise_en_demeure')
    .executeTakeFirst();
  if (!row) throw notFound('Cette mise en demeure');
  const snapshot = JSON.parse(row.snapshot) as { claim: DebtorClaim; deadlineOn: CalendarDate };
  const [company, debtor] = await Promise.all([getCompany(db), findDebtor(db, row.debtorId)]);
  return letterSpec(db, { company, debtor, ...snapshot }, row.preparedOn);
}

async function letterSpec(
  db: Queryable,
  facts: Pick<MiseEnDemeureFacts, 'company' | 'debtor' | 'claim' | 'deadlineOn'>,
  letterDate: CalendarDate,
): Promise<DocumentSpec> {
  const { nature } = await claimNatureOf(db, facts.debtor);
  const court = await resolveCourt(db, facts.debtor, nature);
  return miseEnDemeureSpec({
    ...facts,
    letterDate,
    courtName: court.status === 'found' ? court.court.name : null,
  });
}

function selectionOf(claim: DebtorClaim, invoiceIds: readonly number[]): number[] {
  return claim.claimedInvoiceIds.filter((id) => {
    const invoice = claim.invoices.find((candidate) => candidate.invoiceId === id);
    return invoiceIds.includes(id) || (invoice !== undefined && isPaidLate(invoice));
  });
}

// The relance engine's « mise en demeure » step calls this too, so the letter and its record
// are the same whichever screen asked for it.
/** Writes a debtor's mise en demeure (.docx), records it on the case and the timeline. */
export async function prepareMiseEnDemeure(
  context: ServiceContext,
  documentsRoot: string,
  debtorId: number,
  options: MiseEnDemeureOptions = {},
): Promise<PreparedDocument> {
  return (await writeMiseEnDemeure(context, documentsRoot, debtorId, options)).prepared;
}

/** As `prepareMiseEnDemeure`, also giving the blocks written (a batch merges them). */
export async function writeMiseEnDemeure(
  context: ServiceContext,
  documentsRoot: string,
  debtorId: number,
  options: MiseEnDemeureOptions = {},
): Promise<{ prepared: PreparedDocument; spec: DocumentSpec }> {
  // A read-only file could not record the document: write nothing at all.
  assertWritable(context);
  if (options.sentOn) {
    const refusal =
      stepRefusal('mise_en_demeure_envoyee', options.sentOn, [], context.today()) ??
      letterDateRefusal('mise_en_demeure_envoyee', options.sentOn, context.today());
    if (refusal) throw validationError({ sentOn: refusal });
  }
  const { spec, claim, deadlineOn, debtorName } = await buildMiseEnDemeure(
    context,
    debtorId,
    options,
  );
  const today = context.today();
  const folder = debtorDocumentsFolder(documentsRoot, context.database.filePath, debtorName);
  const filePath = freshPath(folder, today, 'Mise en demeure', '.docx');
  writeDocumentFile(filePath, await renderDocx(spec));

  try {
    const prepared = await inTransaction(context, async (trx) => {
      const caseId = await ensureOpenCase(trx, context, debtorId);
      const documentId = await insertLegalDocument(trx, context, {
        caseId,
        debtorId,
        kind: 'mise_en_demeure',
        filePath,
        invoiceIds: claim.claimedInvoiceIds,
        totalCents: claim.totalCents,
        snapshot: { claim, deadlineOn },
      });
      await appendEvent(trx, context, {
        debtorId,
        kind: 'mise_en_demeure_prepared',
        summary:
          `Mise en demeure préparée (${formatEuros(claim.totalCents)}, à payer avant le ` +
          `${formatFrenchDate(deadlineOn)})`,
        invoiceIds: claim.claimedInvoiceIds,
        details: { caseId, documentId, totalCents: claim.totalCents, deadlineOn },
      });
      if (options.sentOn) {
        await insertStep(trx, context, {
          debtorId,
          caseId,
          documentId,
          input: {
            kind: 'mise_en_demeure_envoyee',
            occurredOn: options.sentOn,
            deadlineOn,
            reference: null,
            note: null,
            contactId: null,
          },
        });
      }
      return {
        documentId,
        caseId,
        kind: 'mise_en_demeure' as const,
        filePath,
        files: [filePath],
        totalCents: claim.totalCents,
      };
    });
    return { prepared, spec };
  } catch (error) {
    removeQuietly(filePath);
    throw error;
  }
}
