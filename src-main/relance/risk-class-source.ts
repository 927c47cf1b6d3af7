import type { Queryable } from '../workspace/service-context';

/** Gives the risk class (A to D) of debtors; the risk scoring feature provides it. */
export type RiskClassSource = (
  db: Queryable,
  debtorIds: readonly number[] | null,
) => Promise<Map<number, string>>;

let source: RiskClassSource | null = null;

/**
 * Plugs the risk scoring in: the agenda then ranks riskier debtors first and
 * the assignment rules can match a class. Until one is registered, debtors
 * have no class: rules on a class match nobody and the agenda weighs all alike.
 */
export function registerRiskClassSource(next: RiskClassSource | null): void {
  source = next;
}

/** The risk class of each debtor, by id; empty without a registered source. */
export async function riskClassesOf(
  db: Queryable,
  debtorIds: readonly number[] | null,
): Promise<Map<number, string>> {
  return source ? source(db, debtorIds) : new Map();
}
