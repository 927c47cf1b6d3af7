import type { CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';
import type { CreditLimitStatus, CreditLimitSuggestion } from './credit-limit';
import type { SuggestedTerms } from './payment-terms';
import type { RiskAssessment } from './risk-score';

/** A credit limit set by hand, with who set it. */
export interface ManualCreditLimit {
  limitCents: Cents;
  note: string | null;
  setBy: string;
  setAt: string;
}

/** Everything the debtor file shows about a debtor's risk. */
export interface DebtorRisk {
  debtorId: number;
  asOf: CalendarDate;
  assessment: RiskAssessment;
  openCents: Cents;
  creditLimit: {
    suggestion: CreditLimitSuggestion;
    manual: ManualCreditLimit | null;
    status: CreditLimitStatus;
  };
  terms: SuggestedTerms;
}
