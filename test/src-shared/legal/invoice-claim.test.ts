import { describe, expect, it } from 'vitest';
import {
  invoiceClaim,
  type ClaimInvoiceInput,
  type ClaimSettings,
} from '../../../src-shared/legal/invoice-claim';
import { shippedRateTables } from './shipped-assets';

const tables = shippedRateTables();

function invoice(overrides: Partial<ClaimInvoiceInput> = {}): ClaimInvoiceInput {
  return {
    id: 1,
    number: 'FA-1',
    issueDate: '2025-05-01',
    dueDate: '2025-05-31',
    amountInclTaxCents: 100_000,
    creditedCents: 0,
    payments: [],
    disputed: false,
    interruptions: [],
    miseEnDemeureSentOn: null,
    judgmentEnforceableOn: null,
    ...overrides,
  };
}

const consumer: ClaimSettings = {
  debtorKind: 'particulier',
  computedOn: '2025-09-30',
  rate: { kind: 'statutory' },
  dayCount: '365',
};

describe('invoiceClaim for a consumer', () => {
  it('runs interest from the day after the mise en demeure that listed the invoice', () => {
    // Letter of 30/06/2025: 01/07 → 30/09/2025, 92 days at 2,76 % (2025 S2, autres cas):
    //   100 000 × 92 × 276 / 3 650 000 = 695,67 → 696
    const claim = invoiceClaim(tables, invoice({ miseEnDemeureSentOn: '2025-06-30' }), consumer);

    expect(claim.accrual).toBe('interets');
    expect(claim.lines.map((line) => [line.from, line.to, line.days, line.rateBp])).toEqual([
      ['2025-07-01', '2025-09-30', 92, 276],
    ]);
    expect(claim.accruedCents).toBe(696);
  });

  it('accrues nothing on an invoice no mise en demeure lists', () => {
    const claim = invoiceClaim(tables, invoice({ dueDate: '2025-08-15' }), consumer);

    expect(claim.accrual).toBe('aucun');
    expect(claim.accruedCents).toBe(0);
  });

  it('adds 5 points from two months after the ordonnance became enforceable, worked by hand', () => {
    // 5 000,00 €, letter of 10/05/2024, ordonnance enforceable on 20/09/2024, computed
    // 31/01/2025:
    // 11/05 → 30/06/2024   51 d × 5,07 %: 500 000 × 51 × 507 / 3 650 000 = 3 542,05 → 3 542
    // 01/07 → 20/11/2024  143 d × 4,92 %: 500 000 × 143 × 492 / 3 650 000 = 9 637,81 → 9 638
    // 21/11 → 31/12/2024   41 d × 9,92 %: 500 000 × 41 × 992 / 3 650 000 = 5 571,51 → 5 572
    // 01/01 → 31/01/2025   31 d × 8,71 %: 500 000 × 31 × 871 / 3 650 000 = 3 698,77 → 3 699
    const claim = invoiceClaim(
      tables,
      invoice({
        dueDate: '2024-04-30',
        amountInclTaxCents: 500_000,
        miseEnDemeureSentOn: '2024-05-10',
        judgmentEnforceableOn: '2024-09-20',
      }),
      { ...consumer, computedOn: '2025-01-31' },
    );

    expect(claim.lines.map((line) => [line.from, line.rateBp, line.amountCents])).toEqual([
      ['2024-05-11', 507, 3542],
      ['2024-07-01', 492, 9638],
      ['2024-11-21', 992, 5572],
      ['2025-01-01', 871, 3699],
    ]);
    expect(claim.accruedCents).toBe(22_451);
  });
});

describe('invoiceClaim between professionals', () => {
  const business: ClaimSettings = { ...consumer, debtorKind: 'entreprise' };

  it(
    'keeps the L441-10 penalties as they are after a judgment: the 5 points are legal ' +
      'interest',
    () => {
      const plain = invoiceClaim(tables, invoice(), business);
      const judged = invoiceClaim(
        tables,
        invoice({ judgmentEnforceableOn: '2025-06-15' }),
        business,
      );

      expect(judged.lines).toEqual(plain.lines);
      expect(judged.accrual).toBe('penalites');
    },
  );

  it('owes no indemnity on an invoice due before 1 January 2013, and 40 € from that day', () => {
    const before = invoiceClaim(tables, invoice({ dueDate: '2012-12-31' }), {
      ...business,
      computedOn: '2013-03-31',
    });
    const after = invoiceClaim(tables, invoice({ dueDate: '2013-01-01' }), {
      ...business,
      computedOn: '2013-03-31',
    });

    expect(before.indemnity.amountCents).toBe(0);
    expect(before.indemnity.explanation).toContain('avant l');
    expect(after.indemnity.amountCents).toBe(4000);
  });
});
