import { daysBetween, maxDate, addDays } from '../dates/calendar-date';
import type { Cents } from '../money/cents';
import { formatEuros } from '../money/format-amount';
import type { PaymentHistory } from './payment-history';
import type { RiskClass } from './risk-class';

/** Months of the debtor's usual invoicing the suggested limit covers, by class. */
export const CREDIT_COVER_MONTHS: Record<RiskClass, number> = { A: 3, B: 2, C: 1, D: 0 };

/** The credit limit the class and the history suggest, with how it was reached. */
export interface CreditLimitSuggestion {
  /** Null when the debtor was not invoiced in the last 12 months: nothing to base it on. */
  limitCents: Cents | null;
  explanation: string;
}

/**
 * Suggests a credit limit: the debtor's usual monthly invoicing over the last 12 months (or
 * its largest invoice, when larger) times the months of cover of its class, rounded down to
 * the hundred euros. Class D gets none: payment before delivery.
 */
export function suggestCreditLimit(
  riskClass: RiskClass,
  history: PaymentHistory,
): CreditLimitSuggestion {
  const months = CREDIT_COVER_MONTHS[riskClass];
  if (months === 0) {
    return {
      limitCents: 0,
      explanation: `Classe ${riskClass} : aucun crédit conseillé, paiement avant livraison.`,
    };
  }
  if (history.firstInvoiceDate === null || history.invoicedLast12MonthsCents === 0) {
    return {
      limitCents: null,
      explanation: 'Pas de facturation sur les 12 derniers mois : plafond à fixer à la main.',
    };
  }
  const since = maxDate(history.firstInvoiceDate, addDays(history.asOf, -365));
  const monthsInvoiced = Math.min(
    12,
    Math.max(1, Math.ceil(daysBetween(since, history.asOf) / 30.4)),
  );
  const monthly = Math.round(history.invoicedLast12MonthsCents / monthsInvoiced);
  const base = Math.max(monthly, history.largestInvoiceLast12MonthsCents);
  const limitCents = Math.floor((base * months) / 10_000) * 10_000;
  return {
    limitCents,
    explanation:
      `${months} mois de facturation habituelle (${formatEuros(base)} par mois, ` +
      `plus grosse facture comprise) pour la classe ${riskClass}, arrondi à la centaine d’euros.`,
  };
}

/** The limit in force for a debtor and whether its open amount passes it. */
export interface CreditLimitStatus {
  limitCents: Cents | null;
  source: 'manuel' | 'suggere' | 'aucun';
  exceeded: boolean;
  /** How much the open amount passes the limit by (0 when within it). */
  excessCents: Cents;
}

/** The limit set by hand, else the suggested one, checked against the open amount. */
export function creditLimitStatus(
  openCents: Cents,
  manualCents: Cents | null,
  suggestion: CreditLimitSuggestion,
): CreditLimitStatus {
  const limitCents = manualCents ?? suggestion.limitCents;
  const source = manualCents !== null ? 'manuel' : limitCents !== null ? 'suggere' : 'aucun';
  const excessCents = limitCents === null ? 0 : Math.max(0, openCents - limitCents);
  return { limitCents, source, exceeded: excessCents > 0, excessCents };
}

/**
 * The warning the debtor file shows when the open amount passes the limit (null within it):
 * how much over, and which limit, so that a limit of 0 € (class D) reads as such.
 */
export function creditLimitWarning(openCents: Cents, status: CreditLimitStatus): string | null {
  if (!status.exceeded || status.limitCents === null) return null;
  return (
    `L’encours (${formatEuros(openCents)}) dépasse de ${formatEuros(status.excessCents)} ` +
    `le plafond de ${formatEuros(status.limitCents)} : pas de nouvelle livraison à crédit ` +
    'sans accord.'
  );
}
