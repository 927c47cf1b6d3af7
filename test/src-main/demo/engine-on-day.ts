import type { CalendarDate } from '../../../src-shared/dates/calendar-date';
import type { Dispute } from '../../../src-shared/domain/dispute';
import type { CreditNote, Invoice, Payment } from '../../../src-shared/domain/ledger';
import type { PaymentPlan } from '../../../src-shared/domain/payment-plan';
import type { PromiseToPay } from '../../../src-shared/domain/promise-to-pay';
import { relanceOutlook, type RelanceOutlook } from '../../../src-shared/relance/relance-outlook';
import { relancePauses } from '../../../src-shared/relance/relance-pauses';
import type { RelanceSettings } from '../../../src-shared/relance/relance-settings';
import type { RelanceActionRecord } from '../../../src-shared/relance/relance-view';
import type { ScenarioStep } from '../../../src-shared/relance/scenario';
import {
  loadDisputes,
  loadPaymentPlans,
  loadPromises,
} from '../../../src-main/collection/collection-queries';
import {
  loadCreditNotes,
  loadInvoices,
  loadPayments,
} from '../../../src-main/ledger/ledger-queries';
import { loadRelanceActions } from '../../../src-main/relance/relance-history';
import { listEvents } from '../../../src-main/timeline/timeline-repository';
import type { Queryable } from '../../../src-main/workspace/service-context';

/** Everything a debtor's file holds that the relance engine reads, loaded by the app's readers. */
export interface DebtorRecords {
  invoices: Invoice[];
  payments: Payment[];
  creditNotes: CreditNote[];
  promises: PromiseToPay[];
  plans: PaymentPlan[];
  disputes: Dispute[];
  actions: RelanceActionRecord[];
  /** Unanswered calls from the timeline: the day and the call-back day they set. */
  callBacks: { on: CalendarDate; until: CalendarDate; invoiceIds: number[] }[];
}

/** Reads one debtor's records through the app's own queries. */
export async function loadDebtorRecords(db: Queryable, debtorId: number): Promise<DebtorRecords> {
  const [invoices, payments, creditNotes, promises, plans, disputes, actions, events] =
    await Promise.all([
      loadInvoices(db, debtorId),
      loadPayments(db, debtorId),
      loadCreditNotes(db, debtorId),
      loadPromises(db, debtorId),
      loadPaymentPlans(db, debtorId),
      loadDisputes(db, debtorId),
      loadRelanceActions(db, debtorId),
      listEvents(db, debtorId),
    ]);
  const callBacks = events
    .filter((event) => event.kind === 'call_logged')
    .map((event) => ({
      on: event.occurredAt.slice(0, 10),
      until: event.details.callBackOn as string,
      invoiceIds: event.invoiceIds,
    }));
  return { invoices, payments, creditNotes, promises, plans, disputes, actions, callBacks };
}

/**
 * The shared engine's outlook for a debtor on a day, from its records as they stood that
 * morning: invoices issued and still open then, payments made by then, the agreements and
 * actions of earlier days, and the call-back set by the last unanswered call before.
 */
export function engineOutlookOn(
  records: DebtorRecords,
  scenario: { id: number; steps: readonly ScenarioStep[] },
  settings: Pick<RelanceSettings, 'minGapDays' | 'allowWeekends'>,
  day: CalendarDate,
): RelanceOutlook {
  const settled = new Map<number, number>();
  const settle = (invoiceId: number, amount: number) =>
    settled.set(invoiceId, (settled.get(invoiceId) ?? 0) + amount);
  const payments = records.payments.filter((payment) => payment.date <= day);
  for (const payment of payments) {
    for (const allocation of payment.allocations)
      settle(allocation.invoiceId, allocation.amountCents);
  }
  for (const note of records.creditNotes) {
    if (note.date <= day && note.invoiceId !== null) settle(note.invoiceId, note.amountCents);
  }
  const invoices = records.invoices
    .filter((invoice) => invoice.issueDate <= day)
    .map((invoice) => ({
      id: invoice.id,
      dueDate: invoice.dueDate,
      openCents: invoice.amountInclTaxCents - (settled.get(invoice.id) ?? 0),
    }))
    .filter((invoice) => invoice.openCents > 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id);
  const pauses = relancePauses(
    {
      promises: records.promises.filter((promise) => promise.madeOn < day),
      plans: records.plans.filter((plan) => plan.agreedOn < day),
      disputes: records.disputes,
      payments: payments.map(({ date, amountCents }) => ({ date, amountCents })),
    },
    day,
  );
  const callBack = records.callBacks.filter((call) => call.on < day).at(-1);
  return relanceOutlook(
    {
      scenarioId: scenario.id,
      steps: scenario.steps,
      invoices,
      pauses,
      history: records.actions
        .filter((action) => action.doneOn < day)
        .map(({ scenarioId, stepIndex, status, doneOn, invoiceIds }) => ({
          scenarioId,
          stepIndex,
          status,
          doneOn,
          invoiceIds,
        })),
      postponedUntil: callBack?.until ?? null,
      legalSince: null,
      settings,
    },
    day,
  );
}

/** What was open on some invoices on a day: TTC less the payments and credit notes by then. */
export function openOnDay(
  records: DebtorRecords,
  invoiceIds: readonly number[],
  day: CalendarDate,
): number {
  let open = 0;
  for (const invoice of records.invoices.filter((i) => invoiceIds.includes(i.id))) {
    open += invoice.amountInclTaxCents;
    for (const payment of records.payments.filter((p) => p.date <= day)) {
      for (const allocation of payment.allocations) {
        if (allocation.invoiceId === invoice.id) open -= allocation.amountCents;
      }
    }
    for (const note of records.creditNotes) {
      if (note.invoiceId === invoice.id && note.date <= day) open -= note.amountCents;
    }
  }
  return open;
}
