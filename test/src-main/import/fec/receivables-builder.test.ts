import { describe, expect, it } from 'vitest';
import type { ClassifiedLine } from '../../../../src-main/import/fec/entry-classifier';
import { ReceivablesBuilder } from '../../../../src-main/import/fec/receivables-builder';
import type { FecItemKind, FecLine } from '../../../../src-main/import/fec/types';
import { makeLine } from './fec-fixture';

function classified(
  kind: FecItemKind,
  fields: Partial<FecLine> & { line: number },
): ClassifiedLine {
  const line = makeLine({ accountNumber: '411000', ...fields });
  return { line, kind, amountExclTaxCents: null, vatCents: null };
}

function build(lines: ClassifiedLine[]) {
  const builder = new ReceivablesBuilder();
  builder.add(lines);
  return builder.build();
}

describe('ReceivablesBuilder', () => {
  it('takes the customer from the auxiliary account when there is one', () => {
    const [customer] = build([
      classified('invoice', {
        line: 2,
        auxiliaryNumber: 'CLAURE',
        auxiliaryLabel: 'LAURENT PRIMEURS',
        debitCents: 500,
      }),
    ]);

    expect(customer).toMatchObject({
      key: 'CLAURE',
      name: 'LAURENT PRIMEURS',
      source: 'auxiliary',
    });
  });

  it('takes the customer from a 411 sub-account when there is no auxiliary', () => {
    const [customer] = build([
      classified('invoice', { line: 2, accountNumber: '4110025', accountLabel: 'Garage Morel' }),
    ]);

    expect(customer).toMatchObject({ key: '4110025', name: 'Garage Morel', source: 'sub-account' });
  });

  it('gathers the generic 411, 411000 and 41100000 without auxiliary into one customer', () => {
    const customers = build([
      classified('invoice', {
        line: 2,
        accountNumber: '411000',
        accountLabel: 'Clients',
        debitCents: 100,
      }),
      classified('invoice', {
        line: 3,
        accountNumber: '41100000',
        accountLabel: 'Clients',
        debitCents: 200,
      }),
      classified('payment', {
        line: 4,
        accountNumber: '411',
        accountLabel: 'Clients',
        creditCents: 50,
      }),
    ]);

    expect(customers).toHaveLength(1);
    expect(customers[0]).toMatchObject({
      key: '411000',
      source: 'generic-account',
      balanceCents: 250,
    });
  });

  it('settles the items of a lettrage group that nets to zero and keeps the rest open', () => {
    const [customer] = build([
      classified('invoice', { line: 2, auxiliaryNumber: 'C1', debitCents: 1200, lettrage: 'AA' }),
      classified('invoice', { line: 3, auxiliaryNumber: 'C1', debitCents: 600, lettrage: 'AB' }),
      classified('payment', { line: 4, auxiliaryNumber: 'C1', creditCents: 1200, lettrage: 'AA' }),
      classified('payment', { line: 5, auxiliaryNumber: 'C1', creditCents: 250, lettrage: 'AB' }),
      classified('invoice', { line: 6, auxiliaryNumber: 'C1', debitCents: 90 }),
    ]);

    expect(customer?.openItems.map((item) => item.line)).toEqual([3, 5, 6]);
    expect(customer?.openBalanceCents).toBe(440);
    expect(customer?.balanceCents).toBe(440);
  });

  it('does not let one customer settle another with the same lettrage code', () => {
    const customers = build([
      classified('invoice', {
        line: 2,
        auxiliaryNumber: 'C1',
        auxiliaryLabel: 'A',
        debitCents: 100,
        lettrage: 'AA',
      }),
      classified('payment', {
        line: 3,
        auxiliaryNumber: 'C2',
        auxiliaryLabel: 'B',
        creditCents: 100,
        lettrage: 'AA',
      }),
    ]);

    expect(customers.map((customer) => customer.openItems.length)).toEqual([1, 1]);
  });

  it('keeps each item with its customer, kind, entry and lettrage, in file order', () => {
    const builder = new ReceivablesBuilder();
    builder.add([classified('payment', { line: 9, auxiliaryNumber: 'C1', creditCents: 100 })]);
    builder.add([
      classified('invoice', {
        line: 4,
        auxiliaryNumber: 'C1',
        debitCents: 100,
        lettrage: 'AA',
        lettrageDate: '2023-02-01',
      }),
    ]);

    const [customer] = builder.build();

    expect(customer?.items.map((item) => [item.line, item.kind])).toEqual([
      [4, 'invoice'],
      [9, 'payment'],
    ]);
    expect(customer?.items[0]).toMatchObject({
      customerKey: 'C1',
      journalCode: 'VE',
      entryNumber: '1',
      entryDate: '2023-01-15',
      pieceRef: 'F1',
      lettrage: 'AA',
      lettrageDate: '2023-02-01',
    });
  });

  it('lists customers by name', () => {
    const customers = build([
      classified('invoice', { line: 2, auxiliaryNumber: 'Z', auxiliaryLabel: 'Zola' }),
      classified('invoice', { line: 3, auxiliaryNumber: 'E', auxiliaryLabel: 'Émile' }),
      classified('invoice', { line: 4, auxiliaryNumber: 'A', auxiliaryLabel: 'Albert' }),
    ]);

    expect(customers.map((customer) => customer.name)).toEqual(['Albert', 'Émile', 'Zola']);
  });
});
