import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { roundToCents } from '../../src-shared/money/cents';
import { shiftDays } from './day-cache';
import { onOrAfterWorkingDay } from './business-days';
import type { DemoCreditNote, DemoInvoice } from './demo-types';
import type { DocumentNumbering } from './document-numbering';
import { CREDIT_NOTE_REASONS } from './name-parts';
import type { PaymentBehaviour } from './payment-behaviour';
import type { Random } from './random';

/** The credit notes of a debtor and the invoices it contests. */
export interface CreditNotesAndDisputes {
  creditNotes: DemoCreditNote[];
  disputedInvoiceKeys: string[];
}

const CREDIT_NOTE_RATE = 0.03;
const FULL_CANCELLATION_RATE = 0.25;
const DISPUTE_SETTLEMENT_RATE = 0.4;

/**
 * Picks the invoices a disputer contests (a few of those already due) and the credit notes:
 * about 3 % of invoices get one, full or partial, and some disputes end in a partial credit.
 */
export function drawCreditNotesAndDisputes(
  random: Random,
  numbering: DocumentNumbering,
  invoices: readonly DemoInvoice[],
  behaviour: PaymentBehaviour,
  today: CalendarDate,
  externalRef: string,
): CreditNotesAndDisputes {
  const disputed =
    behaviour === 'disputer' ? drawDisputes(random, invoices, today) : new Set<string>();
  const drafts: Omit<DemoCreditNote, 'key' | 'number'>[] = [];

  for (const invoice of invoices) {
    if (disputed.has(invoice.key)) {
      if (random.chance(DISPUTE_SETTLEMENT_RATE)) {
        const share = 0.1 + random.next() * 0.2;
        const date = onOrAfterWorkingDay(shiftDays(invoice.issueDate, random.int(20, 60)));
        const reason = 'Geste commercial suite à réclamation';
        if (date <= today) drafts.push(partialCredit(invoice, share, date, reason));
      }
      continue;
    }
    if (!random.chance(CREDIT_NOTE_RATE)) continue;
    const date = onOrAfterWorkingDay(shiftDays(invoice.issueDate, random.int(3, 30)));
    if (date > today) continue;
    if (random.chance(FULL_CANCELLATION_RATE)) {
      drafts.push(fullCredit(invoice, date));
    } else {
      const share = 0.05 + random.next() * 0.35;
      drafts.push(partialCredit(invoice, share, date, random.pick(CREDIT_NOTE_REASONS)));
    }
  }

  drafts.sort((left, right) => left.date.localeCompare(right.date));
  const creditNotes = drafts.map((draft, index) => ({
    key: `${externalRef}/A${index + 1}`,
    number: numbering.next('AV', draft.date),
    ...draft,
  }));
  const disputedInvoiceKeys = invoices
    .filter((invoice) => disputed.has(invoice.key))
    .map((invoice) => invoice.key);
  return { creditNotes, disputedInvoiceKeys };
}

// A disputer contests about a quarter of its due invoices, between one and four of them.
function drawDisputes(
  random: Random,
  invoices: readonly DemoInvoice[],
  today: CalendarDate,
): Set<string> {
  const due = invoices.filter((invoice) => invoice.dueDate < today);
  const wanted = Math.min(due.length, Math.max(1, Math.min(4, Math.round(due.length * 0.25))));
  const chosen = new Set<string>();
  while (chosen.size < wanted) chosen.add(random.pick(due).key);
  return chosen;
}

function fullCredit(
  invoice: DemoInvoice,
  date: CalendarDate,
): Omit<DemoCreditNote, 'key' | 'number'> {
  return {
    invoiceKey: invoice.key,
    date,
    amountCents: invoice.amountInclTaxCents,
    amountExclTaxCents: invoice.amountExclTaxCents,
    vatCents: invoice.vatCents,
    reason: 'Annulation de la facture',
  };
}

// A share of the invoice in whole euros, split back into HT and VAT at the invoice's rate.
function partialCredit(
  invoice: DemoInvoice,
  share: number,
  date: CalendarDate,
  reason: string,
): Omit<DemoCreditNote, 'key' | 'number'> {
  const euros = Math.max(1, Math.round((invoice.amountInclTaxCents * share) / 100));
  const amountCents = Math.min(euros * 100, invoice.amountInclTaxCents - 1);
  const rate = invoice.vatRateBasisPoints;
  const amountExclTaxCents = roundToCents((amountCents * 10_000) / (10_000 + rate));
  return {
    invoiceKey: invoice.key,
    date,
    amountCents,
    amountExclTaxCents,
    vatCents: amountCents - amountExclTaxCents,
    reason,
  };
}
