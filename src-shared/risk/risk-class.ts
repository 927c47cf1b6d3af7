/** Risk classes, from A (pays on time) to D (payment before delivery advised). */
export type RiskClass = 'A' | 'B' | 'C' | 'D';

export const RISK_CLASSES: readonly RiskClass[] = ['A', 'B', 'C', 'D'];

export const RISK_CLASS_LABELS: Record<RiskClass, string> = {
  A: 'A — risque faible',
  B: 'B — risque modéré',
  C: 'C — risque élevé',
  D: 'D — risque très élevé',
};

/** The class of debtors without payment history: neither rewarded nor penalised. */
export const NEUTRAL_RISK_CLASS: RiskClass = 'B';

// Lowest score of each class: a score is the sum of the factors' points, 0 to 100.
// Calibrated on the demonstration file so that punctual payers land in A, habitual
// late payers and slow large accounts in B or C, and chronic defaulters in D.
export const RISK_CLASS_THRESHOLDS: Record<RiskClass, number> = { A: 0, B: 15, C: 40, D: 55 };

/** The class of a score from 0 to 100. */
export function riskClassForScore(score: number): RiskClass {
  if (score >= RISK_CLASS_THRESHOLDS.D) return 'D';
  if (score >= RISK_CLASS_THRESHOLDS.C) return 'C';
  if (score >= RISK_CLASS_THRESHOLDS.B) return 'B';
  return 'A';
}

/** True for a string naming a risk class. */
export function isRiskClass(value: unknown): value is RiskClass {
  return value === 'A' || value === 'B' || value === 'C' || value === 'D';
}
