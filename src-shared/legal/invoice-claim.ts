import type { CalendarDate } from '../dates/calendar-date';
import type { DebtorKind } from '../domain/debtor';
import { sumCents, type Cents } from '../money/cents';
import type { InterestLine, PartialPayment } from './accrual-lines';
import type { DayCountSetting } from './day-count';
import { latePaymentPenalties, type PenaltyRate } from './late-payment-penalties';
import { legalInterest } from './legal-interest';
import {
  invoicePrescription,
  isTimeBarred,
  type Interruption,
  type Prescription,
} from './prescription';
import type { RateTables } from './rate-tables';
import { recoveryIndemnity, type RecoveryIndemnity } from './recovery-indemnity';

/** The ledger facts of one invoice that a claim reads. */
export interface ClaimInvoiceInput {
  id: number;
  number: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  amountInclTaxCents: Cents;
  /** Credit notes on the invoice: they correct it from the start, so they lower the principal. */
  creditedCents: Cents;
  /** The payments allocated to the invoice, with their dates. */
  payments: readonly PartialPayment[];
  disputed: boolean;
  /** Signed payment plans and requêtes covering the invoice (payments are added here). */
  interruptions: readonly Interruption[];
  /** Day the first mise en demeure listing this invoice was sent, or null if none lists it. */
  miseEnDemeureSentOn: CalendarDate | null;
  /** Day an ordonnance or judgment ordering payment of this invoice became enforceable. */
  judgmentEnforceableOn: CalendarDate | null;
}

/** How the rate, the day count and the start of interest are chosen for a whole claim. */
export interface ClaimSettings {
  debtorKind: DebtorKind;
  computedOn: CalendarDate;
  rate: PenaltyRate;
  dayCount: DayCountSetting;
}

/** What accrues on an invoice: L441-10 penalties, legal interest, or nothing yet. */
export type AccrualKind = 'penalites' | 'interets' | 'aucun';

/** One invoice of a claim: principal, what accrued with its working, indemnity, prescription. */
export interface InvoiceClaim {
  invoiceId: number;
  number: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  amountInclTaxCents: Cents;
  paidCents: Cents;
  creditedCents: Cents;
  principalCents: Cents;
  /** Day the invoice was paid off, or null while something is open. */
  settledOn: CalendarDate | null;
  /** Consumer interest runs from the day after this letter (the first listing the invoice). */
  miseEnDemeureSentOn: CalendarDate | null;
  accrual: AccrualKind;
  lines: InterestLine[];
  accruedCents: Cents;
  indemnity: RecoveryIndemnity;
  disputed: boolean;
  prescription: Prescription;
  timeBarred: boolean;
  /** Why the accrual could not be computed (a missing rate, a rate under the floor). */
  error: string | null;
}

/** The claim on one invoice as of `settings.computedOn`. */
export function invoiceClaim(
  tables: RateTables,
  invoice: ClaimInvoiceInput,
  settings: ClaimSettings,
): InvoiceClaim {
  const effective = invoice.payments.filter((payment) => payment.date <= settings.computedOn);
  const paidCents = sumCents(effective.map((payment) => payment.amountCents));
  const principalAtStart = invoice.amountInclTaxCents - invoice.creditedCents;
  const principalCents = Math.max(principalAtStart - paidCents, 0);
  const settledOn = principalCents === 0 ? lastPaymentDate(effective) : null;

  const accrued = accrue(tables, invoice, principalAtStart, effective, settings);
  const prescription = invoicePrescription({
    debtorKind: settings.debtorKind,
    dueDate: invoice.dueDate,
    interruptions: [
      ...effective.map((payment) => ({ date: payment.date, kind: 'partial-payment' as const })),
      ...invoice.interruptions,
    ],
    referenceDate: settings.computedOn,
  });

  return {
    invoiceId: invoice.id,
    number: invoice.number,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    amountInclTaxCents: invoice.amountInclTaxCents,
    paidCents,
    creditedCents: invoice.creditedCents,
    principalCents,
    settledOn,
    miseEnDemeureSentOn: invoice.miseEnDemeureSentOn,
    ...accrued,
    indemnity: recoveryIndemnity({
      debtorKind: settings.debtorKind,
      dueDate: invoice.dueDate,
      settledOn,
      computedOn: settings.computedOn,
    }),
    disputed: invoice.disputed,
    prescription,
    timeBarred: isTimeBarred(prescription, settings.computedOn),
  };
}

function accrue(
  tables: RateTables,
  invoice: ClaimInvoiceInput,
  principalCents: Cents,
  payments: readonly PartialPayment[],
  settings: ClaimSettings,
): Pick<InvoiceClaim, 'accrual' | 'lines' | 'accruedCents' | 'error'> {
  if (principalCents <= 0) return { accrual: 'aucun', lines: [], accruedCents: 0, error: null };

  if (settings.debtorKind === 'entreprise') {
    const result = latePaymentPenalties(tables, {
      dueDate: invoice.dueDate,
      amountInclTaxCents: principalCents,
      payments,
      computedOn: settings.computedOn,
      rate: settings.rate,
      dayCount: settings.dayCount,
    });
    if (!result.ok) {
      return { accrual: 'penalites', lines: [], accruedCents: 0, error: result.error.message };
    }
    return {
      accrual: 'penalites',
      lines: result.lines,
      accruedCents: result.totalCents,
      error: null,
    };
  }

  // C. civ. 1231-6 and 1344-1: the interest runs from the mise en demeure of this debt, so an
  // invoice no letter has listed accrues none, and a later letter does not move the start.
  if (!invoice.miseEnDemeureSentOn) {
    return { accrual: 'aucun', lines: [], accruedCents: 0, error: null };
  }
  const result = legalInterest(tables, {
    principalCents,
    payments,
    miseEnDemeureDate: invoice.miseEnDemeureSentOn,
    computedOn: settings.computedOn,
    column: 'autresCas',
    judgmentEnforceableOn: invoice.judgmentEnforceableOn,
    dayCount: settings.dayCount,
  });
  if (!result.ok) {
    return { accrual: 'interets', lines: [], accruedCents: 0, error: result.error.message };
  }
  return { accrual: 'interets', lines: result.lines, accruedCents: result.totalCents, error: null };
}

function lastPaymentDate(payments: readonly PartialPayment[]): CalendarDate | null {
  let last: CalendarDate | null = null;
  for (const payment of payments) if (!last || payment.date > last) last = payment.date;
  return last;
}
