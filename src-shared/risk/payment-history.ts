import type { CalendarDate } from '../dates/calendar-date';
import { daysFromTo, shiftDate } from '../reporting/day-number';
import type { Cents } from '../money/cents';
import { invoiceStateAsOf, type Settlement } from '../reporting/invoice-settlements';
import type { ReportInvoice } from '../reporting/report-ledger';

/**
 * Days after the due date still counted as on time: a transfer ordered on the due date can take
 * two or three bank days, and many firms pay in a weekly run.
 */
export const LATE_TOLERANCE_DAYS = 7;

// The trend compares the invoices due in the last six months with the year before them.
const RECENT_DAYS = 182;
const PREVIOUS_DAYS = 365;

/** How many invoices were looked at, and how many of them were paid late or are still unpaid. */
export interface LateCount {
  observed: number;
  late: number;
}

/** What a debtor's ledger says about the way it pays, at the end of a day. */
export interface PaymentHistory {
  asOf: CalendarDate;
  /** Settled invoices, and unpaid ones more than the tolerance past due: the evidence. */
  invoices: LateCount;
  /** Invoices that fell due in the last 6 months, and in the 12 months before. */
  recent: LateCount;
  previous: LateCount;
  /** Payments received, and the sum of amount × days late over them. */
  paidCents: Cents;
  lateDayCents: number;
  openCents: Cents;
  overdueCents: Cents;
  /** Sum of open amount × days overdue over the overdue invoices. */
  overdueDayCents: number;
  firstInvoiceDate: CalendarDate | null;
  invoicedLast12MonthsCents: Cents;
  largestInvoiceLast12MonthsCents: Cents;
}

/** Amount-weighted average of days late over the payments received, or null without payment. */
export function averageDaysLate(history: PaymentHistory): number | null {
  return history.paidCents > 0 ? history.lateDayCents / history.paidCents : null;
}

/** Amount-weighted average age of what is overdue now, or null when nothing is. */
export function averageDaysOverdue(history: PaymentHistory): number | null {
  return history.overdueCents > 0 ? history.overdueDayCents / history.overdueCents : null;
}

/**
 * A debtor's payment history at the end of `asOf`, from its invoices and what settled them:
 * nothing issued or received after that day is seen.
 */
export function paymentHistory(
  invoices: readonly ReportInvoice[],
  settlements: ReadonlyMap<number, readonly Settlement[]>,
  asOf: CalendarDate,
): PaymentHistory {
  const history: PaymentHistory = {
    asOf,
    invoices: { observed: 0, late: 0 },
    recent: { observed: 0, late: 0 },
    previous: { observed: 0, late: 0 },
    paidCents: 0,
    lateDayCents: 0,
    openCents: 0,
    overdueCents: 0,
    overdueDayCents: 0,
    firstInvoiceDate: null,
    invoicedLast12MonthsCents: 0,
    largestInvoiceLast12MonthsCents: 0,
  };
  const recentStart = shiftDate(asOf, -RECENT_DAYS);
  const previousStart = shiftDate(asOf, -RECENT_DAYS - PREVIOUS_DAYS);
  const yearStart = shiftDate(asOf, -365);

  for (const invoice of invoices) {
    if (invoice.issueDate > asOf) continue;
    if (history.firstInvoiceDate === null || invoice.issueDate < history.firstInvoiceDate) {
      history.firstInvoiceDate = invoice.issueDate;
    }
    if (invoice.issueDate > yearStart) {
      history.invoicedLast12MonthsCents += invoice.amountInclTaxCents;
      history.largestInvoiceLast12MonthsCents = Math.max(
        history.largestInvoiceLast12MonthsCents,
        invoice.amountInclTaxCents,
      );
    }

    const own = settlements.get(invoice.id);
    for (const settlement of own ?? []) {
      if (settlement.date > asOf) break;
      if (settlement.kind !== 'payment') continue;
      history.paidCents += settlement.amountCents;
      history.lateDayCents +=
        settlement.amountCents * Math.max(0, daysFromTo(invoice.dueDate, settlement.date));
    }

    const state = invoiceStateAsOf(invoice, own, asOf);
    const daysPastDue = daysFromTo(invoice.dueDate, asOf);
    if (state.openCents > 0) {
      history.openCents += state.openCents;
      if (daysPastDue > 0) {
        history.overdueCents += state.openCents;
        history.overdueDayCents += state.openCents * daysPastDue;
      }
    }

    const settled = state.settledOn !== null;
    if (!settled && daysPastDue <= LATE_TOLERANCE_DAYS) continue;
    const late = settled
      ? daysFromTo(invoice.dueDate, state.settledOn as CalendarDate) > LATE_TOLERANCE_DAYS
      : true;
    count(history.invoices, late);
    if (invoice.dueDate >= recentStart) count(history.recent, late);
    else if (invoice.dueDate >= previousStart) count(history.previous, late);
  }
  return history;
}

function count(tally: LateCount, late: boolean): void {
  tally.observed += 1;
  if (late) tally.late += 1;
}
