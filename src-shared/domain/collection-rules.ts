import type { CalendarDate } from '../dates/calendar-date';
import { formatFrenchDate } from '../dates/french-date';
import { formatEuros } from '../money/format-amount';
import type { Cents } from '../money/cents';
import type { Dispute, DisputeOutcome, DisputeReason } from './dispute';
import { compactErrors, type FieldErrors } from './field-errors';
import type { PaymentPlan, PlanProgress } from './payment-plan';
import type { PromiseChannel, PromiseProgress, PromiseToPay } from './promise-to-pay';

/** A promise to pay as typed, from a call or by hand. */
export interface PromiseInput {
  debtorId: number;
  madeOn: CalendarDate;
  dueOn: CalendarDate;
  amountCents: Cents;
  channel: PromiseChannel;
  note: string | null;
  /** The invoices it covers; empty for the debtor's whole balance. */
  invoiceIds: number[];
}

/** A payment plan (échéancier) as typed. */
export interface PaymentPlanInput {
  debtorId: number;
  agreedOn: CalendarDate;
  note: string | null;
  invoiceIds: number[];
  installments: { dueOn: CalendarDate; amountCents: Cents }[];
}

/** A dispute (litige) as opened. */
export interface DisputeInput {
  debtorId: number;
  reason: DisputeReason;
  description: string | null;
  ownerUserId: number | null;
  openedOn: CalendarDate;
  invoiceIds: number[];
}

/** How a dispute is closed. */
export interface DisputeClosing {
  closedOn: CalendarDate;
  outcome: DisputeOutcome;
}

/** Checks a promise: a positive amount, a date not before the day it was made. */
export function validatePromiseInput(
  input: PromiseInput,
  today: CalendarDate,
  openCents: Cents,
): FieldErrors {
  return compactErrors({
    amountCents:
      input.amountCents <= 0
        ? 'Le montant promis doit être supérieur à zéro.'
        : input.amountCents > openCents
          ? `Le montant promis dépasse ce qui reste dû (${formatEuros(openCents)}).`
          : undefined,
    madeOn: input.madeOn > today ? 'La promesse ne peut pas dater de demain.' : undefined,
    dueOn:
      input.dueOn < input.madeOn
        ? `La date promise ne peut pas précéder le ${formatFrenchDate(input.madeOn)}.`
        : undefined,
  });
}

/**
 * Checks a payment plan: at least one invoice and one installment, dates in
 * order from the agreement, and installments adding up to at least what is
 * open on the invoices (they may include penalties, never less than the debt).
 */
export function validatePaymentPlanInput(input: PaymentPlanInput, openCents: Cents): FieldErrors {
  const errors: FieldErrors = {};
  if (input.invoiceIds.length === 0) errors.invoiceIds = 'Choisissez les factures de l’échéancier.';
  if (input.installments.length === 0) errors.installments = 'Ajoutez au moins une échéance.';
  input.installments.forEach((installment, index) => {
    const previous = input.installments[index - 1];
    if (installment.amountCents <= 0) {
      errors[`installments.${index}.amountCents`] = 'Le montant doit être supérieur à zéro.';
    }
    if (installment.dueOn < input.agreedOn) {
      errors[`installments.${index}.dueOn`] = 'Une échéance ne peut pas précéder l’accord.';
    } else if (previous && installment.dueOn <= previous.dueOn) {
      errors[`installments.${index}.dueOn`] = 'Les échéances se suivent : une date par échéance.';
    }
  });
  const total = input.installments.reduce((sum, installment) => sum + installment.amountCents, 0);
  if (input.installments.length > 0 && input.invoiceIds.length > 0 && total < openCents) {
    errors.installments =
      `Les échéances totalisent ${formatEuros(total)} : il faut au moins le restant dû des ` +
      `factures choisies, ${formatEuros(openCents)}.`;
  }
  return compactErrors(errors);
}

/** Checks a dispute: at least one invoice, opened today at the latest. */
export function validateDisputeInput(input: DisputeInput, today: CalendarDate): FieldErrors {
  return compactErrors({
    invoiceIds:
      input.invoiceIds.length === 0 ? 'Choisissez la ou les factures contestées.' : undefined,
    openedOn:
      input.openedOn > today ? 'Un litige ne peut pas être ouvert à une date future.' : undefined,
  });
}

/** Checks the closing of a dispute: not before it was opened, not in the future. */
export function validateDisputeClosing(
  closing: DisputeClosing,
  openedOn: CalendarDate,
  today: CalendarDate,
): FieldErrors {
  return compactErrors({
    closedOn:
      closing.closedOn < openedOn
        ? `Le litige a été ouvert le ${formatFrenchDate(openedOn)} : il ne peut pas être clos ` +
          `avant.`
        : closing.closedOn > today
          ? 'Un litige ne peut pas être clos à une date future.'
          : undefined,
  });
}

/** A promise with whether it is running, kept or broken as of today. */
export type PromiseWithProgress = PromiseToPay & {
  progress: PromiseProgress;
};

/** A payment plan with each installment followed as of today. */
export type PlanWithProgress = PaymentPlan & {
  progress: PlanProgress;
};

/** The promises, plans and disputes of one debtor, as its file shows them. */
export interface DebtorCollection {
  promises: PromiseWithProgress[];
  plans: PlanWithProgress[];
  disputes: Dispute[];
}
