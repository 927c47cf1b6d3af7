import { debtorDisplayName } from '../../src-shared/domain/debtor';
import type { PreparedDocument } from '../../src-shared/domain/legal-case';
import { withMaitre } from '../../src-shared/legal/maitre';
import { formatEuros } from '../../src-shared/money/format-amount';
import { loadDisputes, loadPaymentPlans } from '../collection/collection-queries';
import { getCompany } from '../company/company-service';
import { renderDocx } from '../documents/render-docx';
import { appendEvent } from '../timeline/timeline-repository';
import { assertWritable, inTransaction, type ServiceContext } from '../workspace/service-context';
import { computeClaim } from './claim-service';
import { claimNatureOf, resolveCourt } from './court-service';
import { claimReadyForDocument, creditorReadyForDocument } from './document-preconditions';
import { debtorDocumentsFolder, freshPath, writeDocumentFile } from './document-output';
import { ensureOpenCase, insertLegalDocument } from './legal-case-repository';
import { findLegalContact } from './legal-contacts-service';
import { refereNoteSpec } from './refere-note-document';
import { removeQuietly } from './remove-quietly';

/** Writes the draft note for a référé-provision for the user's lawyer, and records it. */
export async function prepareRefereNote(
  context: ServiceContext,
  documentsRoot: string,
  debtorId: number,
  lawyerId: number | null,
): Promise<PreparedDocument> {
  // A read-only file could not record the document: write nothing at all.
  assertWritable(context);
  const db = context.database.db;
  const today = context.today();
  const [{ ledger, claim }, company, disputes, plans] = await Promise.all([
    computeClaim(db, debtorId, today),
    getCompany(db),
    loadDisputes(db, debtorId),
    loadPaymentPlans(db, debtorId),
  ]);
  const debtorName = debtorDisplayName(ledger.debtor);
  creditorReadyForDocument(company);
  claimReadyForDocument(claim, debtorName);
  const lawyer = lawyerId === null ? null : await findLegalContact(db, lawyerId);
  const { nature } = await claimNatureOf(db, ledger.debtor);
  const court = await resolveCourt(db, ledger.debtor, nature);

  const spec = refereNoteSpec({
    company,
    debtor: ledger.debtor,
    claim,
    nature,
    courtName: court.status === 'found' ? court.court.name : null,
    disputes,
    plans,
    miseEnDemeureSentOn: ledger.miseEnDemeureSentOn,
    lawyer,
    today,
  });
  const folder = debtorDocumentsFolder(documentsRoot, context.database.filePath, debtorName);
  const filePath = freshPath(folder, today, 'Note référé-provision', '.docx');
  writeDocumentFile(filePath, await renderDocx(spec));

  try {
    return await inTransaction(context, async (trx) => {
      const caseId = await ensureOpenCase(trx, context, debtorId);
      const documentId = await insertLegalDocument(trx, context, {
        caseId,
        debtorId,
        kind: 'note_refere',
        filePath,
        invoiceIds: claim.claimedInvoiceIds,
        totalCents: claim.totalCents,
        snapshot: { claim, lawyerId },
      });
      await appendEvent(trx, context, {
        debtorId,
        kind: 'legal_document_prepared',
        summary:
          `Note pour un référé-provision préparée (${formatEuros(claim.totalCents)})` +
          (lawyer ? ` pour ${withMaitre(lawyer.name)}` : ''),
        invoiceIds: claim.claimedInvoiceIds,
        details: { caseId, documentId, lawyerId },
      });
      return {
        documentId,
        caseId,
        kind: 'note_refere' as const,
        filePath,
        files: [filePath],
        totalCents: claim.totalCents,
      };
    });
  } catch (error) {
    removeQuietly(filePath);
    throw error;
  }
}
