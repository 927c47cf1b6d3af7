import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { formatEuros } from '../../src-shared/money/format-amount';
import { debtorClaim, type DebtorClaim } from '../../src-shared/legal/debtor-claim';
import type { ClaimSettings } from '../../src-shared/legal/invoice-claim';
import type { Queryable, ServiceContext } from '../workspace/service-context';
import { loadClaimLedger, type ClaimLedger } from './claim-inputs';
import { loadRateTables, readLegalOptions } from './legal-tables';

/** A claim and the ledger it was computed from. */
export interface ComputedClaim {
  ledger: ClaimLedger;
  claim: DebtorClaim;
}

/** What a debtor really owes on a date, from the ledger, the rates and the user's options. */
export async function computeClaim(
  db: Queryable,
  debtorId: number,
  on: CalendarDate,
  selection?: readonly number[],
): Promise<ComputedClaim> {
  const [ledger, tables, options] = await Promise.all([
    loadClaimLedger(db, debtorId, on),
    loadRateTables(db),
    readLegalOptions(db),
  ]);
  const settings: ClaimSettings = {
    debtorKind: ledger.debtor.kind,
    computedOn: on,
    rate:
      options.contractualRateBp === null
        ? { kind: 'statutory' }
        : { kind: 'contractual', rateBp: options.contractualRateBp },
    dayCount: options.dayCount,
  };
  const claim = debtorClaim(tables, ledger.invoices, settings, selection);
  if (ledger.unallocatedCents > 0) {
    claim.notes.push(
      `${formatEuros(ledger.unallocatedCents)} de règlements ou d'avoirs ne sont affectés à ` +
        "aucune facture : ils ne réduisent pas l'assiette des pénalités. Affectez-les pour un " +
        'calcul exact.',
    );
  }
  return { ledger, claim };
}

// The relance engine's templates and agenda read the same figures as the legal documents.
/** The claim on a debtor as of today: principal, penalties or interest, indemnity, working. */
export async function debtorClaimToday(
  context: ServiceContext,
  debtorId: number,
): Promise<DebtorClaim> {
  const { claim } = await computeClaim(context.database.db, debtorId, context.today());
  return claim;
}
