import { z } from 'zod';
import { calendarDate, cents, id, optionalText, shortText } from './common';

export const invoiceInput = z
  .object({
    debtorId: id,
    number: shortText,
    issueDate: calendarDate,
    dueDate: calendarDate,
    amountExclTaxCents: cents,
    vatCents: cents,
    amountInclTaxCents: cents,
    // Any text: the domain rule refuses every currency but EUR with a French message.
    currency: shortText,
    paymentTerms: optionalText,
  })
  .strict();

export const paymentMethod = z.enum([
  'virement',
  'cheque',
  'carte',
  'prelevement',
  'especes',
  'effet',
  'autre',
]);

export const paymentInput = z
  .object({
    debtorId: id,
    date: calendarDate,
    amountCents: cents,
    method: paymentMethod,
    reference: optionalText,
    allocations: z.array(z.object({ invoiceId: id, amountCents: cents }).strict()).max(500),
  })
  .strict();

export const creditNoteInput = z
  .object({
    debtorId: id,
    number: shortText,
    date: calendarDate,
    amountCents: cents,
    invoiceId: id.nullable(),
    reason: optionalText,
  })
  .strict();
