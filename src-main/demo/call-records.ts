import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { PaymentPlan } from '../../src-shared/domain/payment-plan';
import type { PromiseToPay } from '../../src-shared/domain/promise-to-pay';
import type { Cents } from '../../src-shared/money/cents';
import { CALL_OUTCOME_LABELS } from '../../src-shared/relance/call-script';
import { onOrAfterWorkingDay } from './business-days';
import { decideCall, planFate, type CallDecision } from './call-outcomes';
import { callBackDay, officeInstant } from './collection-instants';
import type {
  DemoPaymentPlan,
  DemoPromise,
  DemoRelanceAction,
  DemoUnansweredCall,
} from './collection-types';
import { shiftDays } from './day-cache';
import { messageInvoicesOn, paidBetween, type LedgerOnDay } from './ledger-on-day';
import type { PaymentBehaviour } from './payment-behaviour';
import type { Random } from './random';

/** The promises and plans of a debtor so far, as the relance engine pauses on them. */
export interface Agreements {
  promises: PromiseToPay[];
  plans: PaymentPlan[];
}

/** Who calls, about which debtor, and what is already agreed with it. */
export interface CallContext {
  random: Random;
  ledger: LedgerOnDay;
  today: CalendarDate;
  behaviour: PaymentBehaviour;
  caller: string;
  agreements: Agreements;
  unansweredInARow: number;
}

/** What the call leaves: a call-back, or a relance done with what was agreed. */
export type CallResult =
  | { kind: 'unanswered'; call: DemoUnansweredCall }
  | {
      kind: 'answered';
      action: Omit<DemoRelanceAction, keyof CallStep>;
      promise: DemoPromise | null;
      plan: DemoPaymentPlan | null;
    };

type CallStep = Pick<
  DemoRelanceAction,
  'stepIndex' | 'stepCount' | 'channel' | 'tone' | 'plannedOn' | 'doneOn' | 'repeat' | 'invoiceKeys'
>;

const PLAN_NOTE = 'Échéancier convenu par téléphone.';

/**
 * Places the call of a relance step on a day and records its outcome as recordCall does: an
 * unanswered call comes back two working days later; a promise (and the plan agreed with it)
 * joins the agreements the engine pauses on; the body says the outcome and the caller's note.
 */
export function placeCall(
  context: CallContext,
  day: CalendarDate,
  ids: readonly number[],
  keys: string[],
): CallResult {
  const { random, ledger, agreements } = context;
  const decision = decideCall(random, {
    day,
    today: context.today,
    behaviour: context.behaviour,
    openCents: messageInvoicesOn(ledger, ids, day).reduce((sum, i) => sum + i.openCents, 0),
    partsAfter: partsAfter(ledger, ids, day),
    paidBetween: (from, to) => paidBetween(ledger, from, to),
    unansweredInARow: context.unansweredInARow,
    promiseRunning: agreements.promises.some((promise) => promise.dueOn >= day),
    hasPlan: agreements.plans.length > 0,
  });
  const at = officeInstant(random, day);
  if (decision.outcome === 'pas_de_reponse') {
    return {
      kind: 'unanswered',
      call: { on: day, at, callBackOn: callBackDay(day), note: decision.note, invoiceKeys: keys },
    };
  }

  const action = {
    status: 'fait' as const,
    doneAt: at,
    recipient: null,
    subject: null,
    body: [`Issue : ${CALL_OUTCOME_LABELS[decision.outcome]}`, decision.note]
      .filter(Boolean)
      .join('\n'),
    delivery: 'appel' as const,
    skipReason: null,
    callOutcome: decision.outcome,
    batchId: null,
  };
  if (decision.outcome !== 'promesse') {
    return { kind: 'answered', action, promise: null, plan: null };
  }
  return { kind: 'answered', action, ...agree(context, day, at, ids, keys, decision) };
}

function agree(
  context: CallContext,
  day: CalendarDate,
  at: string,
  ids: readonly number[],
  keys: string[],
  decision: Extract<CallDecision, { outcome: 'promesse' }>,
): { promise: DemoPromise; plan: DemoPaymentPlan | null } {
  const { random, agreements } = context;
  const common = { debtorId: 0, invoiceIds: [...ids], createdBy: context.caller };
  const promise = { ...decision.promise, madeOn: day, note: decision.note, at, invoiceKeys: keys };
  agreements.promises.push({
    ...common,
    id: agreements.promises.length,
    madeOn: day,
    dueOn: promise.dueOn,
    amountCents: promise.amountCents,
    channel: 'appel',
    note: decision.note,
    cancelledOn: null,
  });
  if (!decision.plan) return { promise, plan: null };

  // The plan is typed in the debtor's file right after the call, signed days later or never.
  const { installments } = decision.plan;
  const signing = onOrAfterWorkingDay(shiftDays(day, random.int(3, 10)));
  const signedOn = random.chance(0.6) && signing < context.today ? signing : null;
  const plan: DemoPaymentPlan = {
    agreedOn: day,
    signedOn,
    signedAt: signedOn === null ? null : officeInstant(random, signedOn),
    note: PLAN_NOTE,
    at: new Date(Date.parse(at) + 3 * 60_000).toISOString(),
    invoiceKeys: keys,
    installments,
    fate: planFate(installments, paidBetween(context.ledger, day, context.today), context.today),
  };
  agreements.plans.push({
    ...common,
    id: agreements.plans.length,
    agreedOn: day,
    signedOn,
    cancelledOn: null,
    note: PLAN_NOTE,
    installments: installments.map((installment, id) => ({ id, ...installment })),
  });
  return { promise, plan };
}

// The later payments on some invoices, summed by day.
function partsAfter(ledger: LedgerOnDay, ids: readonly number[], day: CalendarDate) {
  const parts: { date: CalendarDate; amountCents: Cents }[] = [];
  for (const payment of ledger.payments) {
    if (payment.date <= day) continue;
    let amount = 0;
    for (const id of ids) amount += payment.parts.get(id) ?? 0;
    if (amount <= 0) continue;
    const last = parts[parts.length - 1];
    if (last && last.date === payment.date) last.amountCents += amount;
    else parts.push({ date: payment.date, amountCents: amount });
  }
  return parts;
}
