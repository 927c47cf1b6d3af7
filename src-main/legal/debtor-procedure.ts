import { debtorDisplayName } from '../../src-shared/domain/debtor';
import type { DebtorProcedure } from '../../src-shared/domain/legal-view';
import type { ServiceContext } from '../workspace/service-context';
import { computeClaim } from './claim-service';
import { claimNatureOf, resolveCourt } from './court-service';
import { findOpenCaseId, loadCase } from './legal-case-repository';
import { warningsOfClaim } from './prescription-service';

/** The « Procédure » panel of a debtor: claim with working, court and why, deadlines, case. */
export async function loadDebtorProcedure(
  context: ServiceContext,
  debtorId: number,
): Promise<DebtorProcedure> {
  const db = context.database.db;
  const today = context.today();
  const { ledger, claim } = await computeClaim(db, debtorId, today);
  const { nature, isDefault } = await claimNatureOf(db, ledger.debtor);
  const [court, openCaseId] = await Promise.all([
    resolveCourt(db, ledger.debtor, nature),
    findOpenCaseId(db, debtorId),
  ]);
  const debtorName = debtorDisplayName(ledger.debtor);
  return {
    debtorId,
    debtorName,
    debtorKind: ledger.debtor.kind,
    nature,
    natureIsDefault: isDefault,
    claim,
    court,
    prescription: warningsOfClaim(debtorId, debtorName, claim),
    miseEnDemeureSentOn: ledger.miseEnDemeureSentOn,
    openCase: openCaseId === null ? null : await loadCase(db, openCaseId, today),
  };
}
