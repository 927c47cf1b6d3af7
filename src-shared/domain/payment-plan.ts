import type { CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';

/** One dated installment of a payment plan. */
export interface Installment {
  id: number;
  dueOn: CalendarDate;
  amountCents: Cents;
}

/** An échéancier agreed with a debtor over some of its invoices. */
export interface PaymentPlan {
  id: number;
  debtorId: number;
  agreedOn: CalendarDate;
  signedOn: CalendarDate | null;
  cancelledOn: CalendarDate | null;
  note: string | null;
  invoiceIds: number[];
  installments: Installment[];
  createdBy: string;
}

export type InstallmentStatus = 'a_venir' | 'payee' | 'partielle' | 'manquee';

export const INSTALLMENT_STATUS_LABELS: Record<InstallmentStatus, string> = {
  a_venir: 'À venir',
  payee: 'Payée',
  partielle: 'Partiellement payée',
  manquee: 'Manquée',
};

/** en_cours: honoured so far; rompu: an installment was missed; solde: all paid. */
export type PlanStatus = 'en_cours' | 'rompu' | 'solde' | 'annule';

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  en_cours: 'Respecté à ce jour',
  rompu: 'Échéance manquée',
  solde: 'Soldé',
  annule: 'Annulé',
};

export interface PlanProgress {
  planId: number;
  status: PlanStatus;
  paidCents: Cents;
  installments: (Installment & { paidCents: Cents; status: InstallmentStatus })[];
}

interface DatedAmount {
  date: CalendarDate;
  amountCents: Cents;
}

/**
 * How a plan is being honoured: the debtor's payments from the day it was
 * agreed fill the installments in date order. An installment whose date has
 * passed without being fully covered is missed, and the plan is broken.
 */
export function planProgress(
  plan: PaymentPlan,
  payments: readonly DatedAmount[],
  today: CalendarDate,
): PlanProgress {
  let available = payments
    .filter((payment) => payment.date >= plan.agreedOn)
    .reduce((total, payment) => total + payment.amountCents, 0);
  const paidCents = available;
  const installments = [...plan.installments]
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id)
    .map((installment) => {
      const covered = Math.max(0, Math.min(available, installment.amountCents));
      available -= covered;
      let status: InstallmentStatus = 'a_venir';
      if (covered >= installment.amountCents) status = 'payee';
      else if (installment.dueOn < today) status = 'manquee';
      else if (covered > 0) status = 'partielle';
      return { ...installment, paidCents: covered, status };
    });

  let status: PlanStatus = 'en_cours';
  if (plan.cancelledOn !== null) status = 'annule';
  else if (installments.every((installment) => installment.status === 'payee')) status = 'solde';
  else if (installments.some((installment) => installment.status === 'manquee')) status = 'rompu';
  return { planId: plan.id, status, paidCents, installments };
}
