import { z } from 'zod';
import type { CreditNote, Invoice, Payment } from '../../domain/ledger';
import { creditNoteInput, invoiceInput, paymentInput } from '../schemas/ledger-schemas';
import { channel } from './define-channel';

/** The ledger of a debtor: invoices, payments with their allocation, credit notes. */
export const ledgerChannels = {
  'invoices:add': channel(z.object({ input: invoiceInput }).strict()).returns<Invoice>(),
  'payments:record': channel(z.object({ input: paymentInput }).strict()).returns<Payment>(),
  'creditNotes:add': channel(z.object({ input: creditNoteInput }).strict()).returns<CreditNote>(),
};
