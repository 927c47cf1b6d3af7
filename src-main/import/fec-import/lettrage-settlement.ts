import type { RowTarget } from '../ledger-plan';
import type { SettlementBook } from '../settlement-book';
import type { FecItem } from '../fec/types';
import type { CreditNoteTarget, Resolution } from './item-resolution';

/**
 * Turns the lettrage of one customer into allocations. Within a lettrage group (same code) the
 * credits settle the debits, oldest line first: credit notes first, each on one invoice it fits
 * whole, then payments spread over what remains. What a lettered credit has left once its group
 * is settled was matched with items of an earlier year, which the file carries only as
 * à-nouveaux: it settles the opening items, oldest first. Last, the unlettered credits settle
 * whatever is still open, oldest first, as a customer's account is read when nobody lettered
 * it (many small firms never do): otherwise every invoice would look unpaid.
 */
export function settleByLettrage(
  items: readonly FecItem[],
  resolutions: readonly Resolution[],
  book: SettlementBook,
): void {
  const groups = new Map<string, number[]>();
  items.forEach((item, index) => {
    if (item.lettrage === null) return;
    const group = groups.get(item.lettrage);
    if (group === undefined) groups.set(item.lettrage, [index]);
    else group.push(index);
  });

  const openingInvoices = resolutions.flatMap((resolution) =>
    resolution.side === 'debit' && resolution.opening ? resolution.invoices : [],
  );
  const lettered: Resolution[] = [];
  for (const indexes of groups.values()) {
    const members = indexes.map((index) => resolutions[index] ?? { side: 'none' as const });
    const debits = members.flatMap((member) => (member.side === 'debit' ? member.invoices : []));
    settle(members, debits, book);
    lettered.push(...members);
  }
  settle(lettered, openingInvoices, book);

  const unlettered = resolutions.filter((_resolution, index) => items[index]?.lettrage === null);
  const stillOpen = resolutions.flatMap((member) =>
    member.side === 'debit' ? member.invoices : [],
  );
  settle(unlettered, stillOpen, book);
}

function settle(members: Resolution[], invoices: RowTarget[], book: SettlementBook): void {
  if (invoices.length === 0) return;
  const notes: CreditNoteTarget[] = [];
  const payments: RowTarget[] = [];
  for (const member of members) {
    if (member.side === 'credit-note' && !member.note.placed) notes.push(member.note);
    if (member.side === 'payment') payments.push(member.payment);
  }
  for (const note of notes) {
    const invoice = book.placeCreditNote(note.amountCents, invoices);
    if (invoice !== null) note.place(invoice);
  }
  for (const payment of payments) book.allocatePayment(payment, invoices);
}
