import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { PaymentMethod } from '../../src-shared/domain/ledger';
import type { Cents } from '../../src-shared/money/cents';
import { shiftDays } from './day-cache';
import type { DemoInvoice } from './demo-types';
import type { PaymentBehaviour } from './payment-behaviour';
import type { Random } from './random';

/** One instalment a debtor means to pay on an invoice, before bank days and grouping. */
export interface PlannedPart {
  date: CalendarDate;
  amountCents: Cents;
}

/**
 * When and how much a debtor of the given behaviour pays on one invoice, as delays from the
 * due date. Parts past today are dropped later: recent invoices are simply not paid yet.
 */
export function planParts(
  random: Random,
  behaviour: PaymentBehaviour,
  method: PaymentMethod,
  invoice: DemoInvoice,
  openCents: Cents,
): PlannedPart[] {
  const due = invoice.dueDate;
  switch (behaviour) {
    case 'punctual': {
      // A direct debit is taken on the due date; a transfer lands a few days either side.
      const delay = method === 'prelevement' ? 0 : clamp(Math.round(random.normal(-1, 3)), -8, 6);
      return [{ date: shiftDays(due, delay), amountCents: openCents }];
    }
    case 'late':
      // 15 to 60 days late, most often in the first half of that range.
      return [
        {
          date: shiftDays(due, 15 + Math.round(45 * random.next() ** 1.5)),
          amountCents: openCents,
        },
      ];
    case 'partial':
      return planInstalments(random, due, openCents);
    case 'disputer':
      return [{ date: shiftDays(due, random.int(0, 25)), amountCents: openCents }];
    case 'defaulter':
      return planDefaulter(random, due, openCents);
    case 'slowLargeAccount':
      return [{ date: shiftDays(due, random.int(20, 45)), amountCents: openCents }];
  }
}

// Two or three instalments, the first around the due date; a third of the time the last one
// never comes and the invoice stays partly open. Some invoices are still paid in one go.
function planInstalments(random: Random, due: CalendarDate, openCents: Cents): PlannedPart[] {
  if (random.chance(0.25) || openCents < 10_000) {
    return [{ date: shiftDays(due, random.int(5, 30)), amountCents: openCents }];
  }
  const count = random.chance(0.5) ? 2 : 3;
  const amounts: Cents[] = [];
  let rest = openCents;
  for (let index = 0; index < count - 1; index += 1) {
    const share = index === 0 ? 0.3 + random.next() * 0.3 : 0.4 + random.next() * 0.3;
    const amount = Math.max(100, Math.round((rest * share) / 100) * 100);
    amounts.push(amount);
    rest -= amount;
  }
  amounts.push(rest);

  const parts: PlannedPart[] = [];
  let date = shiftDays(due, random.int(0, 20));
  for (const amountCents of amounts) {
    parts.push({ date, amountCents });
    date = shiftDays(date, random.int(20, 45));
  }
  if (random.chance(0.35)) parts.pop();
  return parts;
}

// Most invoices of a chronic defaulter stay unpaid; some are paid months late, a few in part.
function planDefaulter(random: Random, due: CalendarDate, openCents: Cents): PlannedPart[] {
  const roll = random.next();
  if (roll < 0.3) return [{ date: shiftDays(due, random.int(60, 200)), amountCents: openCents }];
  if (roll < 0.5) {
    const share = 0.2 + random.next() * 0.3;
    const amountCents = Math.min(
      openCents,
      Math.max(100, Math.round((openCents * share) / 100) * 100),
    );
    return [{ date: shiftDays(due, random.int(30, 120)), amountCents }];
  }
  return [];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
