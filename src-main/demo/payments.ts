import {
  daysInMonth,
  maxDate,
  toCalendarDate,
  type CalendarDate,
} from '../../src-shared/dates/calendar-date';
import type { PaymentMethod } from '../../src-shared/domain/ledger';
import { shiftDays, weekdayOf } from './day-cache';
import { onOrAfterWorkingDay } from './business-days';
import type { DemoAllocation, DemoCreditNote, DemoInvoice, DemoPayment } from './demo-types';
import type { PaymentBehaviour } from './payment-behaviour';
import { planParts } from './payment-plans';
import type { Random } from './random';

/** How a debtor pays, fixed once per debtor. */
export interface PayerHabits {
  behaviour: PaymentBehaviour;
  method: PaymentMethod;
  /** Name as the bank prints it in a transfer label. */
  bankName: string;
  /** Payment runs: several invoices settled by one transfer on a fixed day. */
  run: 'weekly' | 'monthly' | null;
}

interface DatedPart {
  invoiceKey: string;
  date: CalendarDate;
  amountCents: number;
}

/**
 * The payments of one debtor up to `today`: each open invoice (TTC less its credit notes) is paid
 * as the behaviour plans, never before the invoice or its credit note, on bank working days.
 * Parts falling on the same payment run become one payment with one allocation per invoice.
 */
export function simulatePayments(
  random: Random,
  habits: PayerHabits,
  invoices: readonly DemoInvoice[],
  creditNotes: readonly DemoCreditNote[],
  disputedInvoiceKeys: readonly string[],
  today: CalendarDate,
  externalRef: string,
): DemoPayment[] {
  const credits = creditsByInvoice(creditNotes);
  const disputed = new Set(disputedInvoiceKeys);
  const parts: DatedPart[] = [];

  for (const invoice of invoices) {
    if (disputed.has(invoice.key)) continue;
    const credit = credits.get(invoice.key);
    const openCents = invoice.amountInclTaxCents - (credit?.amountCents ?? 0);
    if (openCents <= 0) continue;
    // Nobody pays before receiving the invoice, nor before the credit note that reduces it.
    const earliest = shiftDays(maxDate(invoice.issueDate, credit?.date ?? invoice.issueDate), 1);
    for (const part of planParts(random, habits.behaviour, habits.method, invoice, openCents)) {
      const date = runDate(onOrAfterWorkingDay(maxDate(part.date, earliest)), habits.run);
      // Later instalments cannot come before an earlier one that has not happened yet.
      if (date > today) break;
      parts.push({ invoiceKey: invoice.key, date, amountCents: part.amountCents });
    }
  }

  return groupIntoPayments(random, habits, parts, externalRef);
}

function groupIntoPayments(
  random: Random,
  habits: PayerHabits,
  parts: DatedPart[],
  externalRef: string,
): DemoPayment[] {
  const byPayment = new Map<string, DemoAllocation[]>();
  for (const part of parts) {
    // Without payment runs each instalment is its own transfer, even on the same day.
    const groupKey = habits.run ? part.date : `${part.date}|${part.invoiceKey}|${byPayment.size}`;
    const allocations = byPayment.get(groupKey) ?? [];
    const existing = allocations.find((allocation) => allocation.invoiceKey === part.invoiceKey);
    if (existing) existing.amountCents += part.amountCents;
    else allocations.push({ invoiceKey: part.invoiceKey, amountCents: part.amountCents });
    byPayment.set(groupKey, allocations);
  }

  const groups = [...byPayment.entries()].sort(([left], [right]) => left.localeCompare(right));
  return groups.map(([groupKey, allocations], index) => {
    const date = groupKey.slice(0, 10);
    const method: PaymentMethod = random.chance(0.85) ? habits.method : 'virement';
    return {
      key: `${externalRef}/P${index + 1}`,
      date,
      amountCents: allocations.reduce((total, allocation) => total + allocation.amountCents, 0),
      method,
      reference: paymentReference(random, method, date, habits.bankName),
      allocations,
    };
  });
}

/** The label the bank statement shows for a payment, e.g. `VIR 2025-03-14 LEFEVRE BATIMENT`. */
export function paymentReference(
  random: Random,
  method: PaymentMethod,
  date: CalendarDate,
  bankName: string,
): string {
  switch (method) {
    case 'cheque':
      return `CHQ ${random.int(1_000_000, 9_999_999)}`;
    case 'prelevement':
      return `PRLV SEPA ${date} ${bankName}`;
    case 'effet':
      return `LCR ${date} ${bankName}`;
    case 'carte':
      return `CB ${date} ${bankName}`;
    default:
      return `VIR ${date} ${bankName}`;
  }
}

// Accounts-payable teams pay on fixed days: every Friday, or on the 10th of the month.
function runDate(date: CalendarDate, run: PayerHabits['run']): CalendarDate {
  if (run === 'weekly') return onOrAfterWorkingDay(shiftDays(date, (5 - weekdayOf(date) + 7) % 7));
  if (run === 'monthly') {
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7));
    const tenth = toCalendarDate(year, month, 10);
    const next =
      date <= tenth ? tenth : shiftDays(toCalendarDate(year, month, daysInMonth(year, month)), 10);
    return onOrAfterWorkingDay(next);
  }
  return date;
}

function creditsByInvoice(
  creditNotes: readonly DemoCreditNote[],
): Map<string, { amountCents: number; date: CalendarDate }> {
  const credits = new Map<string, { amountCents: number; date: CalendarDate }>();
  for (const note of creditNotes) {
    const previous = credits.get(note.invoiceKey);
    credits.set(note.invoiceKey, {
      amountCents: (previous?.amountCents ?? 0) + note.amountCents,
      date: maxDate(previous?.date ?? note.date, note.date),
    });
  }
  return credits;
}
