import { addDays, type CalendarDate } from '../dates/calendar-date';
import { isDisputeOpen, type Dispute } from '../domain/dispute';
import { planProgress, type PaymentPlan } from '../domain/payment-plan';
import { promiseProgress, type PromiseToPay } from '../domain/promise-to-pay';
import type { Cents } from '../money/cents';

/** What holds the relance of some invoices: an open dispute, a running promise, a plan honoured. */
export type PauseKind = 'litige' | 'promesse' | 'echeancier';

/** Why a pause ended. The first three resume the relance with a flag on the agenda. */
export type PauseEnd =
  | 'promesse_rompue'
  | 'litige_clos'
  | 'echeance_manquee'
  | 'promesse_tenue'
  | 'promesse_annulee'
  | 'echeancier_solde'
  | 'echeancier_annule';

export const PAUSE_KIND_LABELS: Record<PauseKind, string> = {
  litige: 'Litige en cours',
  promesse: 'Promesse de paiement en cours',
  echeancier: 'Échéancier respecté',
};

export const PAUSE_END_LABELS: Record<PauseEnd, string> = {
  promesse_rompue: 'Promesse de paiement non tenue',
  litige_clos: 'Litige clos',
  echeance_manquee: 'Échéance du plan de paiement manquée',
  promesse_tenue: 'Promesse tenue',
  promesse_annulee: 'Promesse annulée',
  echeancier_solde: 'Échéancier soldé',
  echeancier_annule: 'Échéancier annulé',
};

/** True for the ends the agenda must point out: the debtor did not do what was agreed. */
export function isFlaggedEnd(end: PauseEnd): boolean {
  return end === 'promesse_rompue' || end === 'litige_clos' || end === 'echeance_manquee';
}

/** One pause: its invoices (null for all of the debtor's), and when and why it ended. */
export interface RelancePause {
  kind: PauseKind;
  sourceId: number;
  invoiceIds: number[] | null;
  since: CalendarDate;
  /** The last day it holds while running (a promise's date), or null when open-ended. */
  until: CalendarDate | null;
  /** The first day the relance may resume, once ended. */
  endedOn: CalendarDate | null;
  end: PauseEnd | null;
}

/** The records that pause a debtor's relance, and its payments that keep or break them. */
export interface PauseSources {
  promises: readonly PromiseToPay[];
  plans: readonly PaymentPlan[];
  disputes: readonly Dispute[];
  payments: readonly { date: CalendarDate; amountCents: Cents }[];
}

const orAll = (ids: readonly number[]) => (ids.length === 0 ? null : [...ids]);

/**
 * Every pause of a debtor as of `today`, running or ended: a promise holds
 * its invoices until its date and resumes them the day after when broken;
 * a plan holds its invoices while every installment is met and resumes them
 * the day after one is missed; a dispute holds its invoices from its opening
 * day and releases them on its closing day, as isDisputeOpen has it (closed
 * that day), so the relance resumes the day the dispute ends.
 */
export function relancePauses(sources: PauseSources, today: CalendarDate): RelancePause[] {
  const pauses: RelancePause[] = [];
  const promises = sources.promises.filter((promise) => promise.madeOn <= today);
  const progress = promiseProgress(promises, sources.payments, today);
  promises.forEach((promise, index) => {
    const status = progress[index]!;
    const base = {
      kind: 'promesse' as const,
      sourceId: promise.id,
      invoiceIds: orAll(promise.invoiceIds),
      since: promise.madeOn,
      until: promise.dueOn,
    };
    if (status.status === 'en_cours') pauses.push({ ...base, endedOn: null, end: null });
    else if (status.status === 'rompue') {
      pauses.push({ ...base, endedOn: addDays(promise.dueOn, 1), end: 'promesse_rompue' });
    } else if (status.status === 'tenue') {
      pauses.push({ ...base, endedOn: status.keptOn ?? promise.dueOn, end: 'promesse_tenue' });
    } else {
      pauses.push({ ...base, endedOn: promise.cancelledOn, end: 'promesse_annulee' });
    }
  });

  for (const plan of sources.plans.filter((candidate) => candidate.agreedOn <= today)) {
    const state = planProgress(plan, sources.payments, today);
    const base = {
      kind: 'echeancier' as const,
      sourceId: plan.id,
      invoiceIds: orAll(plan.invoiceIds),
      since: plan.agreedOn,
      until: null,
    };
    if (state.status === 'en_cours') pauses.push({ ...base, endedOn: null, end: null });
    else if (state.status === 'rompu') {
      const missed = state.installments.find((installment) => installment.status === 'manquee');
      const endedOn = addDays(missed?.dueOn ?? today, 1);
      pauses.push({ ...base, endedOn, end: 'echeance_manquee' });
    } else if (state.status === 'solde') {
      const last = state.installments[state.installments.length - 1];
      pauses.push({ ...base, endedOn: last?.dueOn ?? plan.agreedOn, end: 'echeancier_solde' });
    } else {
      pauses.push({ ...base, endedOn: plan.cancelledOn, end: 'echeancier_annule' });
    }
  }

  for (const dispute of sources.disputes.filter((candidate) => candidate.openedOn <= today)) {
    const open = isDisputeOpen(dispute, today);
    pauses.push({
      kind: 'litige',
      sourceId: dispute.id,
      invoiceIds: orAll(dispute.invoiceIds),
      since: dispute.openedOn,
      until: null,
      endedOn: open ? null : dispute.closedOn,
      end: open ? null : 'litige_clos',
    });
  }
  return pauses;
}

/** True when the pause concerns the invoice. */
export function pauseCovers(pause: RelancePause, invoiceId: number): boolean {
  return pause.invoiceIds === null || pause.invoiceIds.includes(invoiceId);
}
