import { describe, expect, it } from 'vitest';
import { describeFecCustomers, type FecPreview } from '../../../src-shared/domain/fec-preview';
import { plainSpaces } from '../../support/plain-spaces';

const customer = (key: string) => ({
  key,
  name: key,
  itemCount: 1,
  openItemCount: 1,
  balanceCents: 100,
  openBalanceCents: 100,
});

function preview(customers: number, counts: Partial<FecPreview['itemCountByKind']>): FecPreview {
  return {
    fileName: 'FEC.txt',
    company: { siren: null, closingDate: null },
    encoding: 'utf-8',
    separator: 'tab',
    period: null,
    lineCount: 0,
    rejectedLineCount: 0,
    rejectedLines: [],
    customers: Array.from({ length: customers }, (_, index) => customer(`C${index}`)),
    invoicedCents: 120_000,
    paidCents: 50_050,
    itemCountByKind: {
      invoice: 0,
      payment: 0,
      refund: 0,
      'credit-note': 0,
      opening: 0,
      adjustment: 0,
      ...counts,
    },
    errors: [],
    errorCount: 0,
    warnings: [],
    hasDueDateColumn: false,
  };
}

describe('describeFecCustomers', () => {
  it('puts each noun in the singular for one item or none', () => {
    const text = describeFecCustomers(preview(1, { invoice: 1, payment: 1, opening: 1 }));

    expect(plainSpaces(text)).toBe(
      '1 client : 1 facture, 1 règlement, 0 avoir, 1 à-nouveau, 0 autre écriture ; ' +
        'facturé 1 200,00 €, encaissé 500,50 €',
    );
  });

  it('puts each noun in the plural from two on, refunds and adjustments together', () => {
    const text = describeFecCustomers(
      preview(17, { invoice: 391, payment: 129, refund: 1, 'credit-note': 9, adjustment: 1 }),
    );

    expect(text.startsWith('17 clients : 391 factures, 129 règlements, 9 avoirs, ')).toBe(true);
    expect(text).toContain('0 à-nouveau, 2 autres écritures ;');
  });
});
