import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../src-shared/dates/calendar-date';
import { generateDemoCompany, iterateDemoDebtors } from '../../../src-main/demo/demo-company';
import type { DemoDebtor } from '../../../src-main/demo/demo-types';
import {
  PAYMENT_BEHAVIOURS,
  type PaymentBehaviour,
} from '../../../src-main/demo/payment-behaviour';

const TODAY = '2025-06-30';
const hundred = generateDemoCompany({ seed: 2025, debtors: 100, today: TODAY }).debtors;
const thousand = generateDemoCompany({ seed: 1000, debtors: 1000, today: TODAY }).debtors;

function withBehaviour(behaviour: PaymentBehaviour): DemoDebtor[] {
  return hundred.filter((item) => item.behaviour === behaviour);
}

// Days between the due date and the payment, for every allocation of the debtors.
function delays(debtors: DemoDebtor[]): number[] {
  return debtors.flatMap((item) => {
    const due = new Map(item.invoices.map((invoice) => [invoice.key, invoice.dueDate]));
    return item.payments.flatMap((payment) =>
      payment.allocations.map(({ invoiceKey }) =>
        daysBetween(due.get(invoiceKey) ?? '', payment.date),
      ),
    );
  });
}

function average(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

// What is left to pay on each invoice: TTC less allocations and credit notes.
function openAmounts(item: DemoDebtor): Map<string, number> {
  const open = new Map(item.invoices.map((invoice) => [invoice.key, invoice.amountInclTaxCents]));
  const reduce = (key: string, amount: number) => open.set(key, (open.get(key) ?? 0) - amount);
  for (const payment of item.payments) {
    for (const allocation of payment.allocations)
      reduce(allocation.invoiceKey, allocation.amountCents);
  }
  for (const note of item.creditNotes) reduce(note.invoiceKey, note.amountCents);
  return open;
}

// Share of the invoices due more than 90 days ago that are still at least partly open.
function longOverdueShare(debtors: DemoDebtor[]): number {
  let due = 0;
  let open = 0;
  for (const item of debtors) {
    const amounts = openAmounts(item);
    for (const invoice of item.invoices.filter((entry) => daysBetween(entry.dueDate, TODAY) > 90)) {
      due += 1;
      if ((amounts.get(invoice.key) ?? 0) > 0) open += 1;
    }
  }
  return open / due;
}

describe('payment behaviours', () => {
  it('are all present among 100 debtors', () => {
    expect(new Set(hundred.map((item) => item.behaviour))).toEqual(new Set(PAYMENT_BEHAVIOURS));
  });

  it('make habitual late payers pay well after punctual payers', () => {
    const punctual = average(delays(withBehaviour('punctual')));
    const late = average(delays(withBehaviour('late')));

    expect(Math.abs(punctual)).toBeLessThan(7);
    expect(late).toBeGreaterThan(25);
    expect(late).toBeLessThan(60);
  });

  it('make partial payers settle invoices in several payments and leave some partly open', () => {
    const partial = withBehaviour('partial');
    const splitInvoices = partial.flatMap((item) => {
      const count = new Map<string, number>();
      for (const payment of item.payments) {
        for (const { invoiceKey } of payment.allocations)
          count.set(invoiceKey, (count.get(invoiceKey) ?? 0) + 1);
      }
      return [...count.values()].filter((payments) => payments >= 2);
    });
    const partlyOpen = partial.flatMap((item) => {
      const open = openAmounts(item);
      return item.invoices.filter((invoice) => {
        const left = open.get(invoice.key) ?? 0;
        return (
          left > 0 && left < invoice.amountInclTaxCents && daysBetween(invoice.dueDate, TODAY) > 120
        );
      });
    });

    expect(splitInvoices.length).toBeGreaterThan(5);
    expect(partlyOpen.length).toBeGreaterThan(0);
  });

  it('make disputers flag a few due invoices and pay nothing on them', () => {
    for (const item of withBehaviour('disputer')) {
      const paidKeys = new Set(
        item.payments.flatMap((p) => p.allocations.map((a) => a.invoiceKey)),
      );
      const due = new Map(item.invoices.map((invoice) => [invoice.key, invoice.dueDate]));

      expect(item.disputedInvoiceKeys.length).toBeGreaterThanOrEqual(1);
      expect(item.disputedInvoiceKeys.length).toBeLessThanOrEqual(4);
      for (const key of item.disputedInvoiceKeys) {
        expect(paidKeys.has(key)).toBe(false);
        expect((due.get(key) ?? '') < TODAY).toBe(true);
      }
    }
    const others = hundred.filter((item) => item.behaviour !== 'disputer');
    expect(others.every((item) => item.disputedInvoiceKeys.length === 0)).toBe(true);
  });

  it(
    'leave most of a chronic defaulter’s old invoices open, and almost none of a punctual ' +
      'payer’s',
    () => {
      expect(longOverdueShare(withBehaviour('defaulter'))).toBeGreaterThan(0.4);
      expect(longOverdueShare(withBehaviour('punctual'))).toBeLessThan(0.05);
    },
  );

  it('make large accounts slow but sure: mid-size or large firms paying every old invoice', () => {
    const large = withBehaviour('slowLargeAccount');
    const delay = average(delays(large));
    const grouped = large.flatMap((item) => item.payments).filter((p) => p.allocations.length >= 2);

    expect(large.every((item) => ['eti', 'ge'].includes(item.debtor.sizeClass ?? ''))).toBe(true);
    expect(longOverdueShare(large)).toBe(0);
    expect(delay).toBeGreaterThan(20);
    expect(delay).toBeLessThan(60);
    expect(grouped.length).toBeGreaterThan(0);
  });

  it('leave invoices issued in the last week unpaid whatever the behaviour', () => {
    for (const item of hundred) {
      const recent = new Set(
        item.invoices.filter((i) => daysBetween(i.issueDate, TODAY) < 7).map((i) => i.key),
      );
      const paid = item.payments
        .flatMap((p) => p.allocations)
        .filter((a) => recent.has(a.invoiceKey));

      expect(paid).toHaveLength(0);
    }
  });

  it('give some invoices credit notes', () => {
    expect(hundred.flatMap((item) => item.creditNotes).length).toBeGreaterThan(10);
  });
});

describe('demo company realism at 1,000 debtors', () => {
  it('represents all eight départements of Île-de-France, Paris first', () => {
    const counts = new Map<string, number>();
    for (const { debtor } of thousand) {
      const code = debtor.postalCode.slice(0, 2);
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }

    expect([...counts.keys()].sort()).toEqual(['75', '77', '78', '91', '92', '93', '94', '95']);
    expect(Math.max(...counts.values())).toBe(counts.get('75'));
  });

  it('has about 15 % private persons and firms mostly micro or PME', () => {
    const people = thousand.filter((item) => item.debtor.kind === 'particulier').length;
    const firms = thousand.filter((item) => item.debtor.kind === 'entreprise');
    const small = firms.filter((item) => ['micro', 'pme'].includes(item.debtor.sizeClass ?? ''));

    expect(people).toBeGreaterThan(100);
    expect(people).toBeLessThan(200);
    expect(small.length / firms.length).toBeGreaterThan(0.8);
  });

  it('charges 20 % VAT mostly, with some 10 % and 5,5 %', () => {
    const rates = thousand.flatMap((item) => item.invoices.map((i) => i.vatRateBasisPoints));
    const share = (rate: number) => rates.filter((value) => value === rate).length / rates.length;

    expect(share(2000)).toBeGreaterThan(0.7);
    expect(share(1000)).toBeGreaterThan(0.03);
    expect(share(550)).toBeGreaterThan(0.01);
  });

  it('issues fewer invoices in August and late December than in March and November', () => {
    const byMonth = new Map<string, number>();
    for (const invoice of thousand.flatMap((item) => item.invoices)) {
      const month = invoice.issueDate.slice(5, 7);
      byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
    }
    const lateDecember = thousand
      .flatMap((item) => item.invoices)
      .filter(
        (invoice) => invoice.issueDate.slice(5, 7) === '12' && invoice.issueDate.slice(8) >= '21',
      );

    expect(byMonth.get('08') ?? 0).toBeLessThan((byMonth.get('03') ?? 0) / 2);
    expect(byMonth.get('08') ?? 0).toBeLessThan((byMonth.get('11') ?? 0) / 2);
    expect(lateDecember.length).toBeLessThan((byMonth.get('12') ?? 0) / 5);
  });

  it('bills large firms far more than micro-enterprises', () => {
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const amounts = (size: string) =>
      thousand
        .filter((item) => item.debtor.sizeClass === size)
        .flatMap((item) => item.invoices.map((invoice) => invoice.amountExclTaxCents));

    expect(median(amounts('ge'))).toBeGreaterThan(5 * median(amounts('micro')));
  });

  it('streams the benchmark scale of 10,000 debtors and 100,000 invoices', () => {
    let invoices = 0;
    for (const item of iterateDemoDebtors({ seed: 3, debtors: 10_000, today: TODAY })) {
      invoices += item.invoices.length;
    }

    expect(invoices).toBe(100_000);
  });
});
