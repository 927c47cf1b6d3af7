import { addDays, type CalendarDate } from '../../../src-shared/dates/calendar-date';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import type { Cents } from '../../../src-shared/money/cents';
import type { DocumentNumbers } from '../document-numbers';
import type { DebtorTarget, NewCreditNote, NewInvoice, NewPayment } from '../ledger-plan';
import type { FecItem } from '../fec/types';
import { paymentMethodFromLabel } from './payment-method';

const GENERIC_PIECE = /^(?:0*|RAN|AN|ANO|A ?NOUVEAUX?|À ?NOUVEAUX?)$/i;
const MAX_REFERENCE_LENGTH = 200;

/** A piece reference with its padding collapsed; empty when it names nothing (`0000000`, `RAN`). */
export function pieceNumber(item: Pick<FecItem, 'pieceRef'>): string {
  const piece = item.pieceRef.replace(/\s+/g, ' ').trim();
  return GENERIC_PIECE.test(piece) ? '' : piece;
}

/**
 * An invoice from a debit line. The FEC has no due date: unless the file has a due-date column,
 * it falls `paymentTermsDays` after the piece date. An opening line keeps the date of the piece
 * it brings forward when the file gives it, else the first day of the exercise.
 */
export function invoiceFromItem(
  item: FecItem,
  debtor: DebtorTarget,
  externalRef: string,
  numbers: DocumentNumbers,
  paymentTermsDays: number,
): NewInvoice {
  const amount: Cents = item.debitCents - item.creditCents;
  const opening = item.kind === 'opening';
  const issueDate: CalendarDate =
    opening && item.pieceDate !== null && item.pieceDate > item.entryDate
      ? item.entryDate
      : (item.pieceDate ?? item.entryDate);
  const dueFromFile = item.dueDate !== null && item.dueDate >= issueDate ? item.dueDate : null;
  const piece = pieceNumber(item);
  const fallback = opening
    ? `À-nouveau du ${formatFrenchDate(item.entryDate)}`
    : `${item.journalCode}-${item.entryNumber}`;
  const vat = item.kind === 'invoice' && item.vatCents !== null ? item.vatCents : 0;
  const vatCents = vat >= 0 && vat <= amount ? vat : 0;
  return {
    debtor,
    number: numbers.take(piece || fallback),
    issueDate,
    dueDate: dueFromFile ?? addDays(issueDate, paymentTermsDays),
    amountExclTaxCents: amount - vatCents,
    vatCents,
    amountInclTaxCents: amount,
    paymentTerms: dueFromFile
      ? 'Échéance lue dans le FEC'
      : `${paymentTermsDays} jours après la date de pièce (import FEC)`,
    externalRef,
  };
}

/** A payment from a credit line settled through the bank, cash or a bill receivable. */
export function paymentFromItem(
  item: FecItem,
  debtor: DebtorTarget,
  externalRef: string,
): NewPayment {
  const parts = [pieceNumber(item), item.label.trim()].filter((part) => part !== '');
  return {
    debtor,
    date: item.entryDate,
    amountCents: item.creditCents - item.debitCents,
    method: paymentMethodFromLabel(item.label),
    reference: parts.length > 0 ? parts.join(' · ').slice(0, MAX_REFERENCE_LENGTH) : null,
    externalRef,
  };
}

/**
 * A credit note from any other credit line: a credit note proper, an opening credit balance, or
 * an adjustment (write-off, discount, transfer) that lowers the debt without money coming in.
 */
export function creditNoteFromItem(
  item: FecItem,
  debtor: DebtorTarget,
  externalRef: string,
  numbers: DocumentNumbers,
): NewCreditNote {
  const label = item.label.trim();
  let reason = label;
  if (item.kind === 'opening') reason = `À-nouveau créditeur${label ? ` : ${label}` : ''}`;
  else if (item.kind !== 'credit-note') reason = `Écriture ${item.journalCode} : ${label}`;
  return {
    debtor,
    number: numbers.take(pieceNumber(item) || `${item.journalCode}-${item.entryNumber}`),
    date: item.pieceDate ?? item.entryDate,
    amountCents: item.creditCents - item.debitCents,
    invoice: null,
    reason: reason.slice(0, MAX_REFERENCE_LENGTH) || null,
    externalRef,
  };
}
