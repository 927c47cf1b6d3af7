import { NEUTRAL_RISK_CLASS, riskClassForScore, type RiskClass } from './risk-class';
import {
  RISK_FACTOR_KEYS,
  riskFactorPoints,
  riskFactors,
  type RiskFactor,
  type RiskInputs,
} from './risk-factors';

/** A debtor's class and the score behind it. */
export interface RiskRating {
  riskClass: RiskClass;
  /** 0 (no risk seen) to 100; null for a debtor without history, which gets the neutral class. */
  score: number | null;
  neutral: boolean;
}

/** A rating with every factor's contribution and a sentence that sums it up. */
export interface RiskAssessment extends RiskRating {
  explanation: string;
  factors: RiskFactor[];
}

/**
 * Rates a debtor: the sum of the factors' points, each capped, gives a score from 0 to 100
 * and its class. A debtor none of whose invoices has yet been settled or fallen overdue has
 * no history: it gets the neutral class.
 */
export function rateRisk(inputs: RiskInputs): RiskRating {
  if (inputs.history.invoices.observed === 0) {
    return { riskClass: NEUTRAL_RISK_CLASS, score: null, neutral: true };
  }
  const points = riskFactorPoints(inputs);
  const total = RISK_FACTOR_KEYS.reduce((sum, key) => sum + points[key], 0);
  const score = Math.min(100, Math.max(0, Math.round(total)));
  return { riskClass: riskClassForScore(score), score, neutral: false };
}

/** The rating with its factors and a French explanation, for the debtor file. */
export function assessRisk(inputs: RiskInputs): RiskAssessment {
  const rating = rateRisk(inputs);
  const factors = riskFactors(inputs);
  if (rating.neutral) {
    return {
      ...rating,
      explanation:
        'Pas encore d’historique de paiement (aucune facture réglée ni échue) : ' +
        `classe neutre ${NEUTRAL_RISK_CLASS} attribuée en attendant les premiers règlements.`,
      factors,
    };
  }
  const main = [...factors]
    .filter((factor) => factor.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, 2)
    .map((factor) => factor.label.toLowerCase());
  return {
    ...rating,
    explanation:
      main.length === 0
        ? `Score ${rating.score} sur 100 : aucun signe de risque dans l’historique.`
        : `Score ${rating.score} sur 100, surtout dû à : ${main.join(' ; ')}.`,
    factors,
  };
}
