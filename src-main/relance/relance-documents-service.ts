import { formatFrenchDate } from '../../src-shared/dates/french-date';
import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { debtorDisplayName } from '../../src-shared/domain/debtor';
import { findPaymentPlan } from '../collection/payment-plan-service';
import { debtorLedgerSnapshot } from '../collection/open-invoices';
import { getCompany } from '../company/company-service';
import { findDebtor } from '../debtors/debtor-service';
import { renderDocx } from '../documents/render-docx';
import { validationError } from '../errors/app-error';
import { computeClaim } from '../legal/claim-service';
import { appendEvent } from '../timeline/timeline-repository';
import { inTransaction, type ServiceContext } from '../workspace/service-context';
import { planAgreementSpec } from './plan-agreement-document';
import { dayFolder, documentPath, writeDocumentFile } from './relance-output';
import { statementSpec } from './statement-document';

/** Writes a debtor's relevé de compte as of a date (.docx) and notes it on the timeline. */
export async function exportStatement(
  context: ServiceContext,
  outputRoot: string,
  debtorId: number,
  asOf: CalendarDate,
): Promise<{ path: string }> {
  const today = context.today();
  if (asOf > today)
    throw validationError({ asOf: 'Un relevé ne peut pas être daté dans le futur.' });
  const debtor = await findDebtor(context.database.db, debtorId);
  const { spec, balanceCents } = await statementSpec(context.database.db, debtorId, asOf, today);
  const path = documentPath(
    dayFolder(outputRoot, today),
    today,
    debtorDisplayName(debtor),
    `Relevé au ${formatFrenchDate(asOf).replace(/\//g, '-')}`,
    '.docx',
  );
  writeDocumentFile(path, await renderDocx(spec));
  if (!context.database.readOnly) {
    await inTransaction(context, (trx) =>
      appendEvent(trx, context, {
        debtorId,
        kind: 'statement_exported',
        summary: `Relevé de compte au ${formatFrenchDate(asOf)} édité`,
        details: { asOf, path, balanceCents },
      }),
    );
  }
  return { path };
}

/** Writes the agreement of a payment plan, to have it signed (.docx). */
export async function exportPlanAgreement(
  context: ServiceContext,
  outputRoot: string,
  planId: number,
): Promise<{ path: string }> {
  const db = context.database.db;
  const today = context.today();
  const plan = await findPaymentPlan(db, planId);
  const [debtor, company, snapshot] = await Promise.all([
    findDebtor(db, plan.debtorId),
    getCompany(db),
    debtorLedgerSnapshot(db, plan.debtorId, plan.agreedOn),
  ]);
  const invoices = snapshot.invoices
    .filter((invoice) => plan.invoiceIds.includes(invoice.id))
    .map((invoice) => ({ ...invoice, openCents: Math.max(0, invoice.openCents) }));
  // What accrued on the plan's invoices by the day it was agreed, by the legal calculator.
  const { claim } = await computeClaim(db, plan.debtorId, plan.agreedOn, plan.invoiceIds);
  const reserved = {
    accruedCents: claim.accruedCents,
    indemnityCents: claim.indemnityCents,
    complete: claim.complete,
    asOf: plan.agreedOn,
  };
  const spec = planAgreementSpec({ company, debtor, plan, invoices, reserved, today });
  const path = documentPath(
    dayFolder(outputRoot, today),
    today,
    debtorDisplayName(debtor),
    'Échéancier à signer',
    '.docx',
  );
  writeDocumentFile(path, await renderDocx(spec));
  return { path };
}
