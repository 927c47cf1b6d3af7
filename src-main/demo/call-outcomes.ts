import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { Cents } from '../../src-shared/money/cents';
import type { CallOutcome } from '../../src-shared/relance/call-script';
import { onOrAfterWorkingDay } from './business-days';
import type { DemoAgreementFate } from './collection-types';
import { shiftDays } from './day-cache';
import type { PaymentBehaviour } from './payment-behaviour';
import type { Random } from './random';

/** What the caller knows on the day of a call, and what the ledger says will follow. */
export interface CallSituation {
  day: CalendarDate;
  today: CalendarDate;
  behaviour: PaymentBehaviour;
  /** Open on the called invoices that day. */
  openCents: Cents;
  /** Later payments on the called invoices, by day, oldest first. */
  partsAfter: readonly { date: CalendarDate; amountCents: Cents }[];
  /** Everything the debtor pays between two days, both included. */
  paidBetween: (from: CalendarDate, to: CalendarDate) => Cents;
  unansweredInARow: number;
  /** True while an earlier promise's date has not passed: promises never overlap here. */
  promiseRunning: boolean;
  /** True once the debtor has a plan: one plan each, so no payment counts for two. */
  hasPlan: boolean;
}

/** What the call gave: an outcome, the caller's note, and what was agreed. */
export type CallDecision =
  | { outcome: Exclude<CallOutcome, 'promesse' | 'litige'>; note: string | null }
  | {
      outcome: 'promesse';
      note: string;
      promise: { dueOn: CalendarDate; amountCents: Cents; fate: DemoAgreementFate };
      plan: { installments: { dueOn: CalendarDate; amountCents: Cents }[] } | null;
    };

const NO_ANSWER_RATE = 0.22;
const PLAN_RATE: Partial<Record<PaymentBehaviour, number>> = { partial: 0.6, defaulter: 0.3 };
// With nothing coming, half the debtors still name a date; a chronic defaulter called again
// and again stops promising.
const HOLLOW_PROMISE_RATE = 0.5;
const HOLLOW_PROMISE_RATE_BY_BEHAVIOUR: Partial<Record<PaymentBehaviour, number>> = {
  defaulter: 0.3,
};
// How far ahead a debtor names a date it then keeps: up to six weeks for a slow payer.
const KEPT_HORIZON_DAYS = 45;

/**
 * Decides a call's outcome from what really happens next in the generated ledger, so every
 * promise and plan tells a true story: a promise is kept when a payment on those invoices comes
 * before its date, broken when nothing the debtor pays reaches it; a plan follows the debtor's
 * actual instalments, with the part never paid as its last one.
 */
export function decideCall(random: Random, situation: CallSituation): CallDecision {
  const { day } = situation;
  if (situation.unansweredInARow < 2 && random.chance(NO_ANSWER_RATE)) {
    return { outcome: 'pas_de_reponse', note: random.chance(0.5) ? 'Message laissé.' : null };
  }
  const free = !situation.promiseRunning;
  const planRate = PLAN_RATE[situation.behaviour] ?? 0;
  if (free && !situation.hasPlan && random.chance(planRate)) {
    const plan = planFrom(random, situation);
    if (plan) {
      const first = plan.installments[0]!;
      return {
        outcome: 'promesse',
        note: `Difficultés de trésorerie : échéancier en ${plan.installments.length} fois accepté.`,
        promise: { dueOn: first.dueOn, amountCents: first.amountCents, fate: 'tenue' },
        plan,
      };
    }
  }

  const next = situation.partsAfter[0];
  if (next && next.date <= shiftDays(day, 3)) {
    return { outcome: 'paye', note: 'Virement émis selon le client.' };
  }
  if (free && next && next.date <= shiftDays(day, KEPT_HORIZON_DAYS)) {
    const dueOn = onOrAfterWorkingDay(shiftDays(next.date, random.int(0, 4)));
    return {
      outcome: 'promesse',
      note: 'Le client s’engage à régler par virement.',
      promise: { dueOn, amountCents: next.amountCents, fate: 'tenue' },
      plan: null,
    };
  }
  const roll = random.next();
  const hollow = HOLLOW_PROMISE_RATE_BY_BEHAVIOUR[situation.behaviour] ?? HOLLOW_PROMISE_RATE;
  if (free && roll < hollow) {
    const dueOn = onOrAfterWorkingDay(shiftDays(day, random.int(7, 14)));
    // Broken only if nothing the debtor pays by then reaches the amount promised.
    if (situation.paidBetween(day, dueOn) < situation.openCents) {
      const fate = dueOn < situation.today ? 'rompue' : 'en_cours';
      return {
        outcome: 'promesse',
        note: 'Promet un règlement sous quinzaine.',
        promise: { dueOn, amountCents: situation.openCents, fate },
        plan: null,
      };
    }
  }
  if (roll < 0.75) {
    return {
      outcome: 'mauvais_contact',
      note: 'La personne en charge des règlements a changé : nouveau contact à obtenir.',
    };
  }
  return { outcome: 'paye', note: 'Le client affirme avoir réglé : justificatif demandé.' };
}

// Installments on the days the debtor actually pays (parts less than ten days apart make one),
// due a few days after; what it never pays becomes a last installment a month later.
function planFrom(
  random: Random,
  situation: CallSituation,
): { installments: { dueOn: CalendarDate; amountCents: Cents }[] } | null {
  const groups: { last: CalendarDate; amountCents: Cents }[] = [];
  for (const part of situation.partsAfter) {
    const previous = groups[groups.length - 1];
    if (previous && part.date <= shiftDays(previous.last, 10)) {
      previous.last = part.date;
      previous.amountCents += part.amountCents;
    } else groups.push({ last: part.date, amountCents: part.amountCents });
  }
  const installments = groups.map((group) => ({
    dueOn: onOrAfterWorkingDay(shiftDays(group.last, random.int(0, 5))),
    amountCents: group.amountCents,
  }));
  const paid = installments.reduce((total, installment) => total + installment.amountCents, 0);
  if (paid < situation.openCents) {
    const after = installments[installments.length - 1]?.dueOn ?? situation.day;
    installments.push({
      dueOn: onOrAfterWorkingDay(shiftDays(after, 30)),
      amountCents: situation.openCents - paid,
    });
  }
  return installments.length >= 2 ? { installments } : null;
}

/** Whether a plan was honoured, as the story goes: the debtor paid its total since agreeing it. */
export function planFate(
  installments: readonly { dueOn: CalendarDate; amountCents: Cents }[],
  paidSinceAgreed: Cents,
  today: CalendarDate,
): DemoAgreementFate {
  let covered = paidSinceAgreed;
  for (const installment of installments) {
    if (covered >= installment.amountCents) {
      covered -= installment.amountCents;
      continue;
    }
    return installment.dueOn < today ? 'rompue' : 'en_cours';
  }
  return 'tenue';
}
