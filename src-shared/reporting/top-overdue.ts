import type { Cents } from '../money/cents';
import type { RiskClass } from '../risk/risk-class';
import type { RiskRating } from '../risk/risk-score';
import { exposureByDebtor, type OpenItem } from './open-items';
import type { ReportDebtor } from './report-ledger';

/** One line of the top overdue debtors. */
export interface OverdueDebtor {
  debtorId: number;
  displayName: string;
  overdueCents: Cents;
  openCents: Cents;
  maxDaysOverdue: number;
  riskClass: RiskClass | null;
}

/** The debtors with the largest overdue amounts, largest first (ties by name). */
export function topOverdueDebtors(
  items: readonly OpenItem[],
  debtors: readonly ReportDebtor[],
  ratings: ReadonlyMap<number, RiskRating>,
  limit = 10,
): OverdueDebtor[] {
  const exposure = exposureByDebtor(items);
  return debtors
    .map((debtor) => ({ debtor, amounts: exposure.get(debtor.id) }))
    .filter(({ amounts }) => amounts !== undefined && amounts.overdueCents > 0)
    .sort(
      (a, b) =>
        b.amounts!.overdueCents - a.amounts!.overdueCents ||
        a.debtor.displayName.localeCompare(b.debtor.displayName, 'fr'),
    )
    .slice(0, limit)
    .map(({ debtor, amounts }) => ({
      debtorId: debtor.id,
      displayName: debtor.displayName,
      overdueCents: amounts!.overdueCents,
      openCents: amounts!.openCents,
      maxDaysOverdue: amounts!.maxDaysOverdue,
      riskClass: ratings.get(debtor.id)?.riskClass ?? null,
    }));
}
