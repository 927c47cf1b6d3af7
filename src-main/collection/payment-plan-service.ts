import { formatFrenchDate } from '../../src-shared/dates/french-date';
import {
  validatePaymentPlanInput,
  type PaymentPlanInput,
} from '../../src-shared/domain/collection-rules';
import { hasFieldErrors } from '../../src-shared/domain/field-errors';
import type { PaymentPlan } from '../../src-shared/domain/payment-plan';
import { formatEuros } from '../../src-shared/money/format-amount';
import { recordChange } from '../audit/audit-trail';
import { findDebtor } from '../debtors/debtor-service';
import { AppError, notFound, validationError } from '../errors/app-error';
import { appendEvent } from '../timeline/timeline-repository';
import { inTransaction, type Queryable, type ServiceContext } from '../workspace/service-context';
import { loadPaymentPlans } from './collection-queries';
import { debtorLedgerSnapshot, openAmountOf } from './open-invoices';

/** One payment plan with its installments, or a French « introuvable ». */
export async function findPaymentPlan(db: Queryable, id: number): Promise<PaymentPlan> {
  const row = await db
    .selectFrom('paymentPlans')
    .select('debtorId')
    .where('id', '=', id)
    .executeTakeFirst();
  const plan = row && (await loadPaymentPlans(db, row.debtorId)).find((p) => p.id === id);
  if (!plan) throw notFound('Cet échéancier');
  return plan;
}

/**
 * Agrees a payment plan over chosen invoices; the relance of those invoices pauses while it is met.
 */
export async function createPaymentPlan(
  context: ServiceContext,
  input: PaymentPlanInput,
): Promise<PaymentPlan> {
  return inTransaction(context, async (trx) => {
    await findDebtor(trx, input.debtorId);
    const snapshot = await debtorLedgerSnapshot(trx, input.debtorId, context.today());
    const open = input.invoiceIds.length > 0 ? openAmountOf(snapshot, input.invoiceIds) : 0;
    const errors = validatePaymentPlanInput(input, open);
    if (hasFieldErrors(errors)) throw validationError(errors);
    const row = await trx
      .insertInto('paymentPlans')
      .values({
        debtorId: input.debtorId,
        agreedOn: input.agreedOn,
        signedOn: null,
        cancelledOn: null,
        note: input.note?.trim() || null,
        createdBy: context.actor,
        createdAt: context.now().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('paymentPlanInvoices')
      .values(input.invoiceIds.map((invoiceId) => ({ planId: row.id, invoiceId })))
      .execute();
    await trx
      .insertInto('paymentPlanInstallments')
      .values(input.installments.map((installment) => ({ planId: row.id, ...installment })))
      .execute();
    const plan = await findPaymentPlan(trx, row.id);
    await recordChange(trx, context, {
      table: 'payment_plans',
      rowId: row.id,
      action: 'insert',
      before: null,
      after: plan,
    });
    const total = input.installments.reduce((sum, installment) => sum + installment.amountCents, 0);
    await appendEvent(trx, context, {
      debtorId: input.debtorId,
      kind: 'payment_plan_added',
      summary:
        `Échéancier de ${input.installments.length} échéance(s) pour ${formatEuros(total)}, ` +
        `du ${formatFrenchDate(input.installments[0]!.dueOn)} au ` +
        `${formatFrenchDate(input.installments[input.installments.length - 1]!.dueOn)}`,
      invoiceIds: input.invoiceIds,
      details: { planId: row.id },
    });
    return plan;
  });
}

async function changePlan(
  context: ServiceContext,
  id: number,
  change: { signedOn?: string; cancelledOn?: string },
  event: { kind: 'payment_plan_signed' | 'payment_plan_cancelled'; summary: string },
  check: (plan: PaymentPlan) => void = () => undefined,
): Promise<PaymentPlan> {
  return inTransaction(context, async (trx) => {
    const before = await findPaymentPlan(trx, id);
    if (before.cancelledOn !== null) throw new AppError('CONFLICT', 'Cet échéancier est annulé.');
    check(before);
    await trx.updateTable('paymentPlans').set(change).where('id', '=', id).execute();
    const after = await findPaymentPlan(trx, id);
    await recordChange(trx, context, {
      table: 'payment_plans',
      rowId: id,
      action: 'update',
      before,
      after,
    });
    await appendEvent(trx, context, {
      debtorId: before.debtorId,
      ...event,
      invoiceIds: before.invoiceIds,
      details: { planId: id },
    });
    return after;
  });
}

/**
 * Records the day the debtor signed the agreement. That day interrupts the
 * prescription of the plan's invoices (C. civ. 2240), so it can be neither
 * before the agreement nor changed once recorded.
 */
export function signPaymentPlan(context: ServiceContext, id: number, signedOn: string) {
  if (signedOn > context.today()) {
    throw validationError({ signedOn: 'La date de signature ne peut pas être future.' });
  }
  return changePlan(
    context,
    id,
    { signedOn },
    {
      kind: 'payment_plan_signed',
      summary: `Échéancier signé le ${formatFrenchDate(signedOn)}`,
    },
    (plan) => {
      if (plan.signedOn !== null) {
        throw new AppError(
          'CONFLICT',
          `Cet échéancier a déjà été signé le ${formatFrenchDate(plan.signedOn)} : cette date ` +
            'interrompt la prescription et ne peut plus être changée.',
        );
      }
      if (signedOn < plan.agreedOn) {
        throw validationError({
          signedOn:
            `La signature ne peut pas précéder l’accord du ${formatFrenchDate(plan.agreedOn)} : ` +
            'vérifiez la date.',
        });
      }
    },
  );
}

/** Cancels a plan; its invoices go back to the relance. */
export function cancelPaymentPlan(context: ServiceContext, id: number) {
  return changePlan(
    context,
    id,
    { cancelledOn: context.today() },
    {
      kind: 'payment_plan_cancelled',
      summary: 'Échéancier annulé',
    },
  );
}
