import { addCreditNote, addInvoice, recordPayment } from '../../ledger/ledger-service';
import type { HandlerRegistry } from '../dispatch';

/** The ledger of a debtor. */
export const ledgerHandlers = {
  'invoices:add': (args, { workspace }) => addInvoice(workspace.context(), args.input),
  'payments:record': (args, { workspace }) => recordPayment(workspace.context(), args.input),
  'creditNotes:add': (args, { workspace }) => addCreditNote(workspace.context(), args.input),
} satisfies Partial<HandlerRegistry>;
