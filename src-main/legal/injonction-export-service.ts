import type { DocumentSpec } from '../../src-shared/documents/document-blocks';
import { debtorDisplayName } from '../../src-shared/domain/debtor';
import type { PreparedDocument } from '../../src-shared/domain/legal-case';
import type { FieldErrors } from '../../src-shared/domain/field-errors';
import { draftTotal, type InjonctionDraft } from '../../src-shared/legal/injonction-draft';
import { formatEuros } from '../../src-shared/money/format-amount';
import { recordChange } from '../audit/audit-trail';
import { findDebtor } from '../debtors/debtor-service';
import { renderDocx } from '../documents/render-docx';
import { validationError } from '../errors/app-error';
import { appendEvent } from '../timeline/timeline-repository';
import { assertWritable, inTransaction, type ServiceContext } from '../workspace/service-context';
import { debtorDocumentsFolder, freshPath, writeDocumentFile } from './document-output';
import { rememberGreffeAddress } from './greffe-addresses';
import { checkDraft } from './injonction-draft-service';
import { ensureOpenCase, insertLegalDocument } from './legal-case-repository';
import { removeQuietly } from './remove-quietly';

/** A requête written, with the blocks it was made of and the warnings it was exported with. */
export interface ExportedInjonction {
  prepared: PreparedDocument;
  spec: DocumentSpec;
  warnings: string[];
}

/** Checks a requête, writes it (.docx) and records it on the case, the court and the timeline. */
export async function exportInjonction(
  context: ServiceContext,
  documentsRoot: string,
  draft: InjonctionDraft,
): Promise<ExportedInjonction> {
  // A read-only file could not record the document: write nothing at all.
  assertWritable(context);
  const { checks, preview } = await checkDraft(context, draft);
  if (checks.blocking.length > 0) {
    const fieldErrors: FieldErrors = {};
    for (const finding of checks.blocking) {
      if (finding.field && !fieldErrors[finding.field])
        fieldErrors[finding.field] = finding.message;
    }
    throw validationError(
      fieldErrors,
      `La requête n'est pas exportée : ` +
        `${checks.blocking.map((finding) => finding.message).join(' ')}`,
    );
  }

  const today = context.today();
  const debtorName = debtorDisplayName(await findDebtor(context.database.db, draft.debtorId));
  const folder = debtorDocumentsFolder(documentsRoot, context.database.filePath, debtorName);
  const filePath = freshPath(folder, today, 'Requête en injonction de payer', '.docx');
  writeDocumentFile(filePath, await renderDocx(preview));
  const totalCents = draftTotal(draft);
  const invoiceIds = draft.invoices.map((invoice) => invoice.invoiceId);

  try {
    const prepared = await inTransaction(context, async (trx) => {
      const caseId = await ensureOpenCase(trx, context, draft.debtorId);
      const before = await trx
        .selectFrom('legalCases')
        .selectAll()
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow();
      const court = {
        courtName: draft.court.name.trim(),
        courtAddress: draft.court.address.trim() || null,
        courtJudge: draft.court.judge,
        cerfaNumber: draft.court.cerfaNumber,
      };
      await trx.updateTable('legalCases').set(court).where('id', '=', caseId).execute();
      await rememberGreffeAddress(trx, context, court.courtName, draft.court.address);
      await recordChange(trx, context, {
        table: 'legal_cases',
        rowId: caseId,
        action: 'update',
        before,
        after: { ...before, ...court },
      });
      const documentId = await insertLegalDocument(trx, context, {
        caseId,
        debtorId: draft.debtorId,
        kind: 'requete',
        filePath,
        invoiceIds,
        totalCents,
        snapshot: draft,
      });
      await appendEvent(trx, context, {
        debtorId: draft.debtorId,
        kind: 'legal_document_prepared',
        summary:
          `Requête en injonction de payer préparée (${formatEuros(totalCents)}, ` +
          `${draft.court.name})`,
        invoiceIds,
        details: { caseId, documentId, totalCents, cerfa: draft.court.cerfaNumber },
      });
      return {
        documentId,
        caseId,
        kind: 'requete' as const,
        filePath,
        files: [filePath],
        totalCents,
      };
    });
    return {
      prepared,
      spec: preview,
      warnings: checks.warnings.map((finding) => finding.message),
    };
  } catch (error) {
    removeQuietly(filePath);
    throw error;
  }
}
