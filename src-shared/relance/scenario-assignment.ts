import type { Cents } from '../money/cents';
import type { AssignmentRule } from './scenario';

/** What the assignment rules look at on a debtor. */
export interface AssignmentSubject {
  kind: 'entreprise' | 'particulier';
  sector: string | null;
  /** Risk class A to D when risk scoring provides one; absent otherwise. */
  riskClass: string | null;
  openCents: Cents;
  /** The plan chosen by hand on the debtor's file, if any. */
  chosenScenarioId: number | null;
}

/** Which plan applies and why: chosen on the file, by a rule, or the default. */
export type ScenarioChoice =
  | { scenarioId: number; origin: 'debiteur' }
  | { scenarioId: number; origin: 'regle'; ruleId: number }
  | { scenarioId: number; origin: 'defaut' }
  | { scenarioId: null; origin: 'aucun' };

/** True when every criterion the rule sets matches the debtor (an unset one matches all). */
export function ruleMatches(rule: AssignmentRule, subject: AssignmentSubject): boolean {
  return (
    (rule.riskClass === null || rule.riskClass === subject.riskClass) &&
    (rule.sector === null || rule.sector === subject.sector) &&
    (rule.debtorKind === null || rule.debtorKind === subject.kind) &&
    (rule.minOpenCents === null || subject.openCents >= rule.minOpenCents)
  );
}

/**
 * The plan de relance of a debtor: the one chosen on its file, else the
 * first rule that matches (rules are tried in order), else the default.
 * Archived plans are skipped wherever they appear.
 */
export function chooseScenario(
  subject: AssignmentSubject,
  rules: readonly AssignmentRule[],
  defaultScenarioId: number | null,
  activeScenarioIds: ReadonlySet<number>,
): ScenarioChoice {
  const chosen = subject.chosenScenarioId;
  if (chosen !== null && activeScenarioIds.has(chosen)) {
    return { scenarioId: chosen, origin: 'debiteur' };
  }
  for (const rule of rules) {
    if (activeScenarioIds.has(rule.scenarioId) && ruleMatches(rule, subject)) {
      return { scenarioId: rule.scenarioId, origin: 'regle', ruleId: rule.id };
    }
  }
  if (defaultScenarioId !== null && activeScenarioIds.has(defaultScenarioId)) {
    return { scenarioId: defaultScenarioId, origin: 'defaut' };
  }
  return { scenarioId: null, origin: 'aucun' };
}
