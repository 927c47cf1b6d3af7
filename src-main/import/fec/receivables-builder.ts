import type { Cents } from '../../../src-shared/money/cents';
import { detachedText } from './detached-text';
import type { ClassifiedLine } from './entry-classifier';
import type { FecCustomer, FecCustomerSource, FecItem, FecLine } from './types';

interface CustomerDraft {
  key: string;
  name: string;
  source: FecCustomerSource;
  items: FecItem[];
}

const GENERIC_ACCOUNT = /^4110*$/;

/**
 * Collects the customer lines of the entries into customers, then tells which items are
 * settled by their lettrage. Holds only the 411 items, never the whole file.
 */
export class ReceivablesBuilder {
  private readonly drafts = new Map<string, CustomerDraft>();
  private genericKey: string | null = null;

  /** Adds the classified customer lines of one entry. */
  add(lines: ClassifiedLine[]): void {
    for (const { line, kind, amountExclTaxCents, vatCents } of lines) {
      const draft = this.customerOf(line);
      draft.items.push({
        customerKey: draft.key,
        kind,
        journalCode: detachedText(line.journalCode),
        entryNumber: detachedText(line.entryNumber),
        entryDate: line.entryDate,
        pieceRef: detachedText(line.pieceRef),
        pieceDate: line.pieceDate,
        label: detachedText(line.label),
        debitCents: line.debitCents,
        creditCents: line.creditCents,
        amountExclTaxCents,
        vatCents,
        lettrage: line.lettrage === null ? null : detachedText(line.lettrage),
        lettrageDate: line.lettrageDate,
        dueDate: line.dueDate,
        line: line.line,
      });
    }
  }

  /** The customers, by name, each with its items in file order, open items and balances. */
  build(): FecCustomer[] {
    const customers = [...this.drafts.values()].map((draft): FecCustomer => {
      const items = [...draft.items].sort((a, b) => a.line - b.line);
      const openItems = openItemsOf(items);
      return {
        key: draft.key,
        name: draft.name,
        source: draft.source,
        items,
        openItems,
        balanceCents: balanceOf(items),
        openBalanceCents: balanceOf(openItems),
      };
    });
    return customers.sort(
      (a, b) => a.name.localeCompare(b.name, 'fr') || a.key.localeCompare(b.key, 'fr'),
    );
  }

  private customerOf(line: FecLine): CustomerDraft {
    const { key, name, source } = this.identify(line);
    let draft = this.drafts.get(key);
    if (draft === undefined) {
      draft = { key: detachedText(key), name: detachedText(name), source, items: [] };
      this.drafts.set(key, draft);
    }
    return draft;
  }

  private identify(line: FecLine): Omit<CustomerDraft, 'items'> {
    if (line.auxiliaryNumber !== '') {
      const name = line.auxiliaryLabel || line.auxiliaryNumber;
      return { key: line.auxiliaryNumber, name, source: 'auxiliary' };
    }
    if (!GENERIC_ACCOUNT.test(line.accountNumber)) {
      const name = line.accountLabel || line.accountNumber;
      return { key: line.accountNumber, name, source: 'sub-account' };
    }
    // 411, 411000 and 41100000 without an auxiliary are one pot of customers nobody named:
    // they become a single customer, under the first of these numbers the file uses.
    this.genericKey ??= line.accountNumber;
    const name = line.accountLabel || 'Clients';
    return { key: this.genericKey, name, source: 'generic-account' };
  }
}

/**
 * The items still open: those without lettrage, and those whose lettrage group (same customer,
 * same code) does not net to zero, as a partial lettrage leaves it.
 */
export function openItemsOf(items: readonly FecItem[]): FecItem[] {
  const groups = new Map<string, Cents>();
  for (const item of items) {
    if (item.lettrage === null) continue;
    const net = item.debitCents - item.creditCents;
    groups.set(item.lettrage, (groups.get(item.lettrage) ?? 0) + net);
  }
  return items.filter((item) => item.lettrage === null || groups.get(item.lettrage) !== 0);
}

/** Sum of debit − credit of the items. */
export function balanceOf(items: readonly FecItem[]): Cents {
  let total = 0;
  for (const item of items) total += item.debitCents - item.creditCents;
  return total;
}
