import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { lettrageCode } from './fec-format';

/** An item of a customer account: an invoice, a payment or a credit note, by its key. */
export type LedgerItemId = `invoice:${string}` | `payment:${string}` | `credit:${string}`;

/** The lettrage of one line: its code and the day the group was complete (DateLet). */
export interface Letter {
  code: string;
  date: CalendarDate;
}

/**
 * Groups a customer's items that settle one another (a payment and the invoices it pays, an
 * invoice and its credit notes). A group gets a letter once none of its invoices is open: its
 * debits then equal its credits, as a bookkeeper's lettrage requires.
 */
export class LetteringGroups {
  private readonly parent = new Map<LedgerItemId, LedgerItemId>();
  private readonly booked = new Map<LedgerItemId, CalendarDate>();
  private readonly open = new Set<LedgerItemId>();

  /** Adds an item with the date its line is booked on. */
  add(item: LedgerItemId, bookedOn: CalendarDate): void {
    this.parent.set(item, item);
    this.booked.set(item, bookedOn);
  }

  /** Marks an invoice that still has something to pay: its group stays unlettered. */
  markOpen(item: LedgerItemId): void {
    this.open.add(item);
  }

  /** Puts two items in the same group; an item never added (outside the file) is ignored. */
  link(left: LedgerItemId, right: LedgerItemId): void {
    if (!this.parent.has(left) || !this.parent.has(right)) return;
    this.parent.set(this.root(left), this.root(right));
  }

  /** Letters the complete groups AA, AB, … in the order they were settled. */
  assignLetters(): ReadonlyMap<LedgerItemId, Letter> {
    const groups = new Map<LedgerItemId, LedgerItemId[]>();
    for (const item of this.parent.keys()) {
      const root = this.root(item);
      const group = groups.get(root);
      if (group) group.push(item);
      else groups.set(root, [item]);
    }

    const complete: { items: LedgerItemId[]; date: CalendarDate }[] = [];
    for (const items of groups.values()) {
      const invoices = items.filter((item) => item.startsWith('invoice:'));
      if (invoices.length === 0 || invoices.length === items.length) continue;
      if (invoices.some((item) => this.open.has(item))) continue;
      const date = items.map((item) => this.booked.get(item) ?? '').reduce(later);
      complete.push({ items, date });
    }
    complete.sort((left, right) => compare(left.date, right.date));

    const letters = new Map<LedgerItemId, Letter>();
    complete.forEach((group, index) => {
      const letter = { code: lettrageCode(index), date: group.date };
      for (const item of group.items) letters.set(item, letter);
    });
    return letters;
  }

  private root(item: LedgerItemId): LedgerItemId {
    let current = item;
    for (
      let next = this.parent.get(current);
      next && next !== current;
      next = this.parent.get(current)
    ) {
      current = next;
    }
    return current;
  }
}

function later(left: CalendarDate, right: CalendarDate): CalendarDate {
  return left >= right ? left : right;
}

function compare(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
