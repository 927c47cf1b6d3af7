import { describe, expect, it } from 'vitest';
import { openItemsAsOf } from '../../../src-shared/reporting/open-items';
import { receivableTotals } from '../../../src-shared/reporting/receivable-totals';
import { topOverdueDebtors } from '../../../src-shared/reporting/top-overdue';
import type { RiskRating } from '../../../src-shared/risk/risk-score';
import {
  creditNote,
  debtor,
  dispute,
  invoice,
  ledgerOf,
  payment,
} from '../../support/report-ledger-builder';

const AS_OF = '2026-12-03';

function sampleLedger() {
  return ledgerOf({
    debtors: [debtor(1, { displayName: 'Alpha' }), debtor(2, { displayName: 'Bêta' })],
    invoices: [
      invoice(1, 1, '2026-09-01', '2026-10-01', 100_000),
      invoice(2, 1, '2026-11-15', '2026-12-15', 40_000),
      invoice(3, 2, '2026-10-01', '2026-11-01', 70_000),
      invoice(4, 2, '2026-10-05', '2026-11-05', 30_000),
      invoice(5, 2, '2026-12-05', '2027-01-05', 99_000),
    ],
    payments: [payment(1, 1, '2026-11-20', [[1, 25_000]])],
    creditNotes: [creditNote(1, 2, '2026-11-10', 10_000, 4)],
    disputes: [
      dispute(1, 2, '2026-11-10', null, [3]),
      dispute(2, 1, '2026-10-01', '2026-10-20', [1]),
    ],
    legalCases: [{ debtorId: 1, openedOn: '2026-11-25', closedOn: null }],
  });
}

describe('receivableTotals', () => {
  it('adds up outstanding, overdue, disputed and in-procedure amounts on the day', () => {
    const ledger = sampleLedger();

    const totals = receivableTotals(openItemsAsOf(ledger, AS_OF), ledger, AS_OF);

    // Open: 750 + 400 (debtor 1), 700 + 200 (debtor 2); invoice 5 is issued after the day.
    expect(totals.outstandingCents).toBe(75_000 + 40_000 + 70_000 + 20_000);
    expect(totals.overdueCents).toBe(75_000 + 70_000 + 20_000);
    // Only invoice 3's dispute is still open; debtor 1 is in a procedure since 25/11.
    expect(totals.disputedCents).toBe(70_000);
    expect(totals.legalCents).toBe(115_000);
    expect(totals.debtorsWithOpen).toBe(2);
  });

  it('reports the procedures as unknown when the file keeps none', () => {
    const ledger = { ...sampleLedger(), legalCases: null };

    expect(receivableTotals(openItemsAsOf(ledger, AS_OF), ledger, AS_OF).legalCents).toBeNull();
  });
});

describe('topOverdueDebtors', () => {
  it('ranks debtors by overdue amount with their oldest lateness and class', () => {
    const ledger = sampleLedger();
    const ratings = new Map<number, RiskRating>([
      [1, { riskClass: 'C', score: 44, neutral: false }],
      [2, { riskClass: 'B', score: 20, neutral: false }],
    ]);

    const top = topOverdueDebtors(openItemsAsOf(ledger, AS_OF), ledger.debtors, ratings);

    expect(top).toEqual([
      {
        debtorId: 2,
        displayName: 'Bêta',
        overdueCents: 90_000,
        openCents: 90_000,
        maxDaysOverdue: 32,
        riskClass: 'B',
      },
      {
        debtorId: 1,
        displayName: 'Alpha',
        overdueCents: 75_000,
        openCents: 115_000,
        maxDaysOverdue: 63,
        riskClass: 'C',
      },
    ]);
  });
});
