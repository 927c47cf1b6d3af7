import type { CalendarDate } from '../../../src-shared/dates/calendar-date';
import type { Cents } from '../../../src-shared/money/cents';
import type { FecEntry, FecItemKind, FecLine } from './types';

/** A customer-account line with what it stands for and, for an invoice, its HT and VAT. */
export interface ClassifiedLine {
  line: FecLine;
  kind: FecItemKind;
  amountExclTaxCents: Cents | null;
  vatCents: Cents | null;
}

const OPENING_JOURNALS = new Set(['AN', 'ANO', 'AN0', 'RAN']);
const OPENING_LABEL = /^(?:report\s+)?[aà]\s*-?\s*nouveaux?\b/i;

/** True for a customer account of the French chart of accounts (class 411). */
export function isCustomerAccount(accountNumber: string): boolean {
  return accountNumber.startsWith('411');
}

/**
 * Tells what each customer line of an entry stands for, from the other lines of the entry:
 * an opening balance (à-nouveaux), an invoice (revenue 70x or collected VAT 4457x credited),
 * a payment (bank 51x, cash 53x or bill receivable 413 debited) or its refund, a credit note
 * (revenue or VAT debited), and anything else (transfer, write-off, discount) an adjustment.
 * `exerciseStart` is the earliest entry date read so far, the first day of the exercise
 * since the standard puts the à-nouveaux first.
 */
export function classifyEntry(
  entry: FecEntry,
  exerciseStart: CalendarDate | null,
): ClassifiedLine[] {
  const customerLines = entry.lines.filter((line) => isCustomerAccount(line.accountNumber));
  if (customerLines.length === 0) return [];

  const others = entry.lines.filter((line) => !isCustomerAccount(line.accountNumber));
  const debited = (test: (account: string) => boolean) =>
    others.some((line) => test(line.accountNumber) && net(line) > 0);
  const credited = (test: (account: string) => boolean) =>
    others.some((line) => test(line.accountNumber) && net(line) < 0);
  const openingEntry = isOpeningEntry(entry, exerciseStart);

  return customerLines.map((line): ClassifiedLine => {
    let kind: FecItemKind;
    if (openingEntry || OPENING_LABEL.test(line.label)) kind = 'opening';
    else if (net(line) >= 0) {
      if (credited(isRevenue) || credited(isCollectedVat)) kind = 'invoice';
      else if (credited(isCash)) kind = 'refund';
      else kind = 'adjustment';
    } else if (debited(isCash) || debited(isBillReceivable)) kind = 'payment';
    else if (debited(isRevenue) || debited(isCollectedVat)) kind = 'credit-note';
    else kind = 'adjustment';

    // HT and VAT belong to one invoice only when the entry invoices a single customer line.
    const single = kind === 'invoice' && customerLines.length === 1;
    return {
      line,
      kind,
      amountExclTaxCents: single ? creditedTotal(others, isRevenue) : null,
      vatCents: single ? creditedTotal(others, isCollectedVat) : null,
    };
  });
}

function isOpeningEntry(entry: FecEntry, exerciseStart: CalendarDate | null): boolean {
  const journal = entry.journalCode.toUpperCase();
  if (OPENING_JOURNALS.has(journal)) return true;

  const first = entry.lines[0];
  if (first === undefined) return false;
  if (OPENING_LABEL.test(first.journalLabel)) return true;
  // Some software names its opening journal AN1, ANOUV…: trust the name only on day one.
  return journal.startsWith('AN') && first.entryDate === exerciseStart;
}

function net(line: FecLine): Cents {
  return line.debitCents - line.creditCents;
}

function creditedTotal(lines: FecLine[], test: (account: string) => boolean): Cents {
  let total = 0;
  for (const line of lines) {
    if (test(line.accountNumber)) total += line.creditCents - line.debitCents;
  }
  return total;
}

function isRevenue(account: string): boolean {
  return account.startsWith('70');
}

function isCollectedVat(account: string): boolean {
  return account.startsWith('4457');
}

function isCash(account: string): boolean {
  return account.startsWith('51') || account.startsWith('53');
}

function isBillReceivable(account: string): boolean {
  return account.startsWith('413');
}
