// Public API of the legal rules: pure functions over the rate and court tables of assets/legal.
export { baseChangeDay, type InterestLine, type PartialPayment } from './accrual-lines';
export { cerfaForJudge, type CerfaForm, type JudgeKind } from './cerfa-forms';
export { debtorClaim, isPaidLate, type ClaimElement, type DebtorClaim } from './debtor-claim';
export {
  communeKey,
  competentCourt,
  type ClaimNature,
  type CompetentCourtInput,
  type CompetentCourtResult,
  type RememberedCourtChoice,
} from './competent-court';
export {
  courtRowsFromAsset,
  withUserCourtAddresses,
  type CourtAssetResult,
  type CourtKind,
  type CourtRow,
  type UserCourtAddress,
} from './court-rows';
export { countDays, DEFAULT_DAY_COUNT, simpleInterest, type DayCountSetting } from './day-count';
export { formatRate } from './format-rate';
export {
  checkInjonction,
  type CheckFinding,
  type InjonctionChecks,
  type InjonctionFacts,
} from './injonction-checks';
export {
  draftPrincipal,
  draftTotal,
  nameWithForm,
  partyLines,
  type DraftElement,
  type DraftInvoice,
  type InjonctionDraft,
  type PartyDraft,
} from './injonction-draft';
export {
  invoiceClaim,
  type AccrualKind,
  type ClaimInvoiceInput,
  type ClaimSettings,
  type InvoiceClaim,
} from './invoice-claim';
export {
  halfYearLabel,
  halfYearOf,
  isHalfYearStart,
  splitByHalfYear,
  type HalfYear,
} from './half-year';
export { ordonnanceEnforceableOn } from './judgment-enforceable';
export {
  latePaymentPenalties,
  type LatePaymentPenaltiesInput,
  type LatePaymentPenaltiesResult,
  type PenaltyRate,
  type RateBelowFloor,
} from './late-payment-penalties';
export {
  legalInterest,
  majorationStart,
  type LegalInterestInput,
  type LegalInterestResult,
} from './legal-interest';
export { withMaitre } from './maitre';
export {
  invoicePrescription,
  isTimeBarred,
  type Interruption,
  type InterruptionKind,
  type Prescription,
  type PrescriptionInput,
} from './prescription';
export {
  DEADLINE_WARNING_DAYS,
  oppositionDeadlineOf,
  procedureDeadlines,
  serviceDeadlineOf,
} from './procedure-deadlines';
export { rateTablesFromAssets, type RateAssetsResult } from './rate-assets';
export {
  b2bRateForHalfYear,
  b2bRateOn,
  ecbRateOn,
  legalRateForHalfYear,
  mergeUserRates,
  type B2bRate,
  type EcbRateRow,
  type LegalRateColumn,
  type LegalRateHalfYear,
  type RateError,
  type RateLookup,
  type RateOrigin,
  type RateTables,
  type UserEcbRate,
  type UserLegalRate,
} from './rate-tables';
export { recoveryIndemnity, type RecoveryIndemnity } from './recovery-indemnity';
export { letterDateRefusal, stepRefusal } from './step-rules';
