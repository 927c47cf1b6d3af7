import { assessDebtor } from '../../src-shared/risk/assess-file';
import { creditLimitStatus, suggestCreditLimit } from '../../src-shared/risk/credit-limit';
import type { DebtorRisk } from '../../src-shared/risk/debtor-risk';
import { suggestedTerms } from '../../src-shared/risk/payment-terms';
import type { RiskClass } from '../../src-shared/risk/risk-class';
import { findDebtor } from '../debtors/debtor-service';
import { AppError } from '../errors/app-error';
import { fileRatings, reportDatabase, reportSnapshot } from '../reporting/report-cache';
import type { ServiceContext } from '../workspace/service-context';

/**
 * A debtor's risk class today, for the relance engine's scenario rules; null for an archived
 * or unknown debtor. Computed from the file as it is now (recomputed after every change).
 */
export async function riskClass(
  context: ServiceContext,
  debtorId: number,
): Promise<RiskClass | null> {
  const ratings = await fileRatings(reportDatabase(context.database), context.today());
  return ratings.ratings.get(debtorId)?.riskClass ?? null;
}

/** Every active debtor's risk class today, for batches (one computation for the whole file). */
export async function riskClasses(context: ServiceContext): Promise<Map<number, RiskClass>> {
  const ratings = await fileRatings(reportDatabase(context.database), context.today());
  return new Map([...ratings.ratings].map(([id, rating]) => [id, rating.riskClass]));
}

/** The debtor file's risk panel: class with every factor, credit limit, suggested terms. */
export async function loadDebtorRisk(
  context: ServiceContext,
  debtorId: number,
): Promise<DebtorRisk> {
  const debtor = await findDebtor(context.database.db, debtorId);
  const asOf = context.today();
  const snapshot = await reportSnapshot(reportDatabase(context.database));
  const ledger = snapshot.byDebtor.get(debtorId);
  if (debtor.archived || !ledger) {
    throw new AppError(
      'CONFLICT',
      'Ce débiteur est archivé : son risque n’est plus évalué. Réactivez-le pour le voir.',
    );
  }
  const file = await fileRatings(reportDatabase(context.database), asOf);
  const { assessment, history } = assessDebtor(ledger, file);
  const row = await context.database.db
    .selectFrom('creditLimits')
    .selectAll()
    .where('debtorId', '=', debtorId)
    .executeTakeFirst();
  const manual = row
    ? { limitCents: row.limitCents, note: row.note, setBy: row.setBy, setAt: row.setAt }
    : null;
  const suggestion = suggestCreditLimit(assessment.riskClass, history);
  return {
    debtorId,
    asOf,
    assessment,
    openCents: history.openCents,
    creditLimit: {
      suggestion,
      manual,
      status: creditLimitStatus(history.openCents, manual?.limitCents ?? null, suggestion),
    },
    terms: suggestedTerms(assessment.riskClass),
  };
}
