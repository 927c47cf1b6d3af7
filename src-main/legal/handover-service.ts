import path from 'node:path';
import { debtorDisplayName } from '../../src-shared/domain/debtor';
import type { PreparedDocument } from '../../src-shared/domain/legal-case';
import { withMaitre } from '../../src-shared/legal/maitre';
import { formatEuros } from '../../src-shared/money/format-amount';
import { getCompany } from '../company/company-service';
import { loadDebtorFile } from '../debtors/debtor-file';
import { renderDocx } from '../documents/render-docx';
import { validationError } from '../errors/app-error';
import { appendEvent } from '../timeline/timeline-repository';
import { assertWritable, inTransaction, type ServiceContext } from '../workspace/service-context';
import { computeClaim } from './claim-service';
import { claimReadyForDocument, creditorReadyForDocument } from './document-preconditions';
import { debtorDocumentsFolder, freshPath, writeDocumentFile } from './document-output';
import { handOverSpec } from './handover-document';
import { invoicesCsv } from './invoices-csv';
import {
  ensureOpenCase,
  findOpenCaseId,
  insertLegalDocument,
  loadCase,
} from './legal-case-repository';
import { findLegalContact } from './legal-contacts-service';
import { insertStep } from './legal-step-writer';
import { removeQuietly } from './remove-quietly';

const CSV_NAME = 'Factures.csv';

// No zip library ships with the app: the pack is one folder holding the letter and the CSV,
// which the user attaches or copies as it is.
/** Writes the hand-over pack for a commissaire de justice (folder: .docx + CSV) and records it. */
export async function prepareHandOver(
  context: ServiceContext,
  documentsRoot: string,
  debtorId: number,
  contactId: number,
): Promise<PreparedDocument> {
  // A read-only file could not record the document: write nothing at all.
  assertWritable(context);
  const db = context.database.db;
  const today = context.today();
  const recipient = await findLegalContact(db, contactId);
  if (recipient.kind !== 'commissaire' || recipient.archived) {
    throw validationError({
      contactId: "Choisissez un commissaire de justice actif de l'annuaire.",
    });
  }
  const [{ ledger, claim }, company, file] = await Promise.all([
    computeClaim(db, debtorId, today),
    getCompany(db),
    loadDebtorFile(context, debtorId),
  ]);
  const debtorName = debtorDisplayName(ledger.debtor);
  creditorReadyForDocument(company);
  claimReadyForDocument(claim, debtorName);
  const openCaseId = await findOpenCaseId(db, debtorId);

  const spec = handOverSpec({
    company,
    debtor: ledger.debtor,
    contacts: file.contacts,
    claim,
    events: file.events,
    legalCase: openCaseId === null ? null : await loadCase(db, openCaseId, today),
    recipient,
    csvName: CSV_NAME,
    today,
  });
  const parent = debtorDocumentsFolder(documentsRoot, context.database.filePath, debtorName);
  const folder = freshPath(parent, today, 'Remise commissaire de justice', '');
  const docxPath = path.join(folder, 'Dossier de remise.docx');
  const csvPath = path.join(folder, CSV_NAME);
  writeDocumentFile(docxPath, await renderDocx(spec));
  writeDocumentFile(csvPath, invoicesCsv(ledger.invoices, claim));

  try {
    return await inTransaction(context, async (trx) => {
      const caseId = await ensureOpenCase(trx, context, debtorId);
      const documentId = await insertLegalDocument(trx, context, {
        caseId,
        debtorId,
        kind: 'remise',
        filePath: folder,
        invoiceIds: claim.claimedInvoiceIds,
        totalCents: claim.totalCents,
        snapshot: { claim, contactId },
      });
      await insertStep(trx, context, {
        debtorId,
        caseId,
        documentId,
        onTimeline: false,
        input: {
          kind: 'remise_commissaire',
          occurredOn: today,
          deadlineOn: null,
          reference: null,
          note: withMaitre(recipient.name),
          contactId,
        },
      });
      await appendEvent(trx, context, {
        debtorId,
        kind: 'legal_handover',
        summary:
          `Dossier remis à ${withMaitre(recipient.name)}, commissaire de justice ` +
          `(${formatEuros(claim.totalCents)})`,
        invoiceIds: claim.claimedInvoiceIds,
        details: { caseId, documentId, contactId },
      });
      return {
        documentId,
        caseId,
        kind: 'remise' as const,
        filePath: folder,
        files: [docxPath, csvPath],
        totalCents: claim.totalCents,
      };
    });
  } catch (error) {
    removeQuietly(folder);
    throw error;
  }
}
