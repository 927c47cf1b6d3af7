import type { Cents } from '../money/cents';

/** What ranks an action on the agenda. */
export interface PriorityFactors {
  /** Open amount of the invoices the relance concerns. */
  amountCents: Cents;
  /** Days overdue of the oldest of them. */
  daysOverdue: number;
  /** Risk class A to D, absent when no score exists. */
  riskClass: string | null;
  /** A promise broken, a dispute closed or an installment missed since the last action. */
  resumed: boolean;
}

// A riskier debtor weighs more; a debtor without a class counts as neutral (1).
const RISK_WEIGHT: Record<string, number> = { A: 0.8, B: 1, C: 1.3, D: 1.6 };

/**
 * The weight of an action: the amount at stake, growing by a third for every
 * month overdue, scaled by the risk class; a relance resuming after a broken
 * commitment counts double, because the debtor has just failed a promise.
 */
export function agendaPriority(factors: PriorityFactors): number {
  const risk = RISK_WEIGHT[factors.riskClass ?? ''] ?? 1;
  const lateness = 1 + Math.max(0, factors.daysOverdue) / 90;
  const resumed = factors.resumed ? 2 : 1;
  return (factors.amountCents / 100) * lateness * risk * resumed;
}

/**
 * Sorts agenda items by their priority, highest first; ties go to the oldest debt, then the name.
 */
export function byAgendaPriority<
  T extends { priority: number; daysOverdue: number; debtorName: string },
>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      b.priority - a.priority ||
      b.daysOverdue - a.daysOverdue ||
      a.debtorName.localeCompare(b.debtorName, 'fr'),
  );
}
