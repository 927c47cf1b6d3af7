import { z } from 'zod';
import { calendarDate, cents, id, optionalText, shortText } from './common';
import { disputeReason } from './relance-schemas';

const invoiceIds = z.array(id).max(1000);

export const promiseInput = z
  .object({
    debtorId: id,
    madeOn: calendarDate,
    dueOn: calendarDate,
    amountCents: cents,
    channel: z.enum(['appel', 'email', 'courrier', 'sms', 'saisie']),
    note: optionalText,
    invoiceIds,
  })
  .strict();

export const paymentPlanInput = z
  .object({
    debtorId: id,
    agreedOn: calendarDate,
    note: optionalText,
    invoiceIds,
    installments: z.array(z.object({ dueOn: calendarDate, amountCents: cents }).strict()).max(120),
  })
  .strict();

export const disputeInput = z
  .object({
    debtorId: id,
    reason: disputeReason,
    description: optionalText,
    ownerUserId: id.nullable(),
    openedOn: calendarDate,
    invoiceIds,
  })
  .strict();

export const disputeClosing = z
  .object({
    id,
    closedOn: calendarDate,
    outcome: z.enum(['avoir', 'rejete', 'facture_corrigee']),
  })
  .strict();

export const appUserInput = z
  .object({ name: shortText, email: optionalText, active: z.boolean() })
  .strict();
