import { describe, expect, it } from 'vitest';
import { groupByDebtor } from '../../../src-shared/reporting/report-ledger';
import { debtorHistory } from '../../../src-shared/risk/assess-file';
import type { PaymentHistory } from '../../../src-shared/risk/payment-history';
import {
  creditLimitStatus,
  creditLimitWarning,
  suggestCreditLimit,
} from '../../../src-shared/risk/credit-limit';
import { suggestedTerms } from '../../../src-shared/risk/payment-terms';
import { sectorLateRates, lateRateFor } from '../../../src-shared/risk/sector-late-rates';
import { debtor, invoice, ledgerOf, payment } from '../../support/report-ledger-builder';

const AS_OF = '2026-12-03';

function historyOf(
  invoices: ReturnType<typeof invoice>[],
  payments = [] as ReturnType<typeof payment>[],
) {
  const ledger = ledgerOf({ debtors: [debtor(1)], invoices, payments });
  return debtorHistory(groupByDebtor(ledger).get(1)!, AS_OF);
}

describe('suggestCreditLimit', () => {
  it('covers two months of usual invoicing for class B, rounded down to the hundred euros', () => {
    // 12 invoices of 1 234,56 € over the last year: 1 234,56 € a month on average.
    const invoices = Array.from({ length: 12 }, (_, month) =>
      invoice(month + 1, 1, `2026-${String(month + 1).padStart(2, '0')}-01`, '2026-12-31', 123_456),
    );

    const suggestion = suggestCreditLimit('B', historyOf(invoices));

    // 2 × 1 234,56 = 2 469,12 → 2 400,00 €.
    expect(suggestion.limitCents).toBe(240_000);
    expect(suggestion.explanation).toContain('2 mois de facturation habituelle');
  });

  it('takes the largest invoice when it is more than a month of invoicing', () => {
    const invoices = [
      invoice(1, 1, '2026-01-10', '2026-02-10', 60_000),
      invoice(2, 1, '2026-06-10', '2026-07-10', 900_000),
    ];

    // 9 600 € over 12 months is 800 € a month, but one invoice was 9 000 €: 3 × 9 000 €.
    expect(suggestCreditLimit('A', historyOf(invoices)).limitCents).toBe(2_700_000);
  });

  it('offers no credit to class D and has nothing to suggest without recent invoicing', () => {
    const old = [invoice(1, 1, '2024-03-01', '2024-04-01', 50_000)];

    expect(suggestCreditLimit('D', historyOf(old)).limitCents).toBe(0);
    expect(suggestCreditLimit('A', historyOf(old)).limitCents).toBeNull();
    expect(suggestCreditLimit('A', historyOf(old)).explanation).toContain('à fixer à la main');
  });
});

describe('creditLimitStatus', () => {
  const suggestion = { limitCents: 300_000, explanation: '' };

  it('warns when the open amount passes the limit, and by how much', () => {
    expect(creditLimitStatus(350_000, null, suggestion)).toEqual({
      limitCents: 300_000,
      source: 'suggere',
      exceeded: true,
      excessCents: 50_000,
    });
  });

  it('prefers the limit set by hand to the suggested one', () => {
    const status = creditLimitStatus(350_000, 500_000, suggestion);

    expect(status).toMatchObject({ limitCents: 500_000, source: 'manuel', exceeded: false });
  });

  it('never warns when no limit is known', () => {
    const status = creditLimitStatus(1_000_000, null, { limitCents: null, explanation: '' });

    expect(status).toMatchObject({ source: 'aucun', exceeded: false, excessCents: 0 });
  });
});

describe('creditLimitWarning', () => {
  const plain = (text: string | null) => text?.replace(/\s/g, ' ') ?? null;

  it('says by how much the open amount passes the limit, and which limit', () => {
    const status = creditLimitStatus(350_000, null, { limitCents: 300_000, explanation: '' });

    expect(plain(creditLimitWarning(350_000, status))).toBe(
      'L’encours (3 500,00 €) dépasse de 500,00 € le plafond de 3 000,00 € : ' +
        'pas de nouvelle livraison à crédit sans accord.',
    );
  });

  it('shows a limit of 0 € as such, not the excess in its place', () => {
    const status = creditLimitStatus(8_810_235, null, { limitCents: 0, explanation: '' });

    expect(plain(creditLimitWarning(8_810_235, status))).toContain(
      'L’encours (88 102,35 €) dépasse de 88 102,35 € le plafond de 0,00 €',
    );
  });

  it('says nothing within the limit or without one', () => {
    const within = creditLimitStatus(100_000, 100_000, { limitCents: null, explanation: '' });
    const none = creditLimitStatus(100_000, null, { limitCents: null, explanation: '' });

    expect(creditLimitWarning(100_000, within)).toBeNull();
    expect(creditLimitWarning(100_000, none)).toBeNull();
  });
});

describe('suggestedTerms', () => {
  it('shortens terms with the class, down to payment before delivery for class D', () => {
    expect(suggestedTerms('A')).toMatchObject({ days: 45, depositPercent: 0, prepayment: false });
    expect(suggestedTerms('B')).toMatchObject({ days: 30, depositPercent: 0 });
    expect(suggestedTerms('C')).toMatchObject({ days: 15, depositPercent: 30 });
    expect(suggestedTerms('D')).toMatchObject({
      prepayment: true,
      label: 'Paiement avant livraison',
    });
  });
});

describe('sectorLateRates', () => {
  it('pools each sector’s invoices and uses the whole file’s rate for an unknown sector', () => {
    // Only the invoice tallies matter to the rates.
    const tally = (observed: number, late: number) =>
      ({ invoices: { observed, late } }) as unknown as PaymentHistory;
    const rates = sectorLateRates([
      { sector: 'BTP', history: tally(4, 2) },
      { sector: 'BTP', history: tally(6, 1) },
      { sector: null, history: tally(2, 2) },
    ]);

    expect(lateRateFor(rates, 'BTP')).toBeCloseTo(3 / 10);
    expect(lateRateFor(rates, null)).toBeCloseTo(5 / 12);
    expect(lateRateFor(rates, 'Santé')).toBeCloseTo(5 / 12);
  });
});
