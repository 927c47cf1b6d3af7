import { describe, expect, it } from 'vitest';
import { debtorClaim } from '../../../src-shared/legal/debtor-claim';
import type { ClaimInvoiceInput, ClaimSettings } from '../../../src-shared/legal/invoice-claim';
import { plainSpaces } from '../../support/plain-spaces';
import { shippedRateTables } from './shipped-assets';

const tables = shippedRateTables();

function invoice(overrides: Partial<ClaimInvoiceInput> & { id: number }): ClaimInvoiceInput {
  return {
    number: `FA-${overrides.id}`,
    issueDate: '2024-10-01',
    dueDate: '2024-11-30',
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

const business: ClaimSettings = {
  debtorKind: 'entreprise',
  computedOn: '2025-09-30',
  rate: { kind: 'statutory' },
  dayCount: '365',
};

// Ledger of the hand-worked case: A with a partial payment across three half-years, B reduced
// by a credit note, C under dispute, D not yet due.
const ledger = [
  invoice({
    id: 1,
    amountInclTaxCents: 500_000,
    payments: [{ date: '2025-03-15', amountCents: 200_000 }],
  }),
  invoice({ id: 2, dueDate: '2025-06-15', amountInclTaxCents: 120_000, creditedCents: 20_000 }),
  invoice({ id: 3, dueDate: '2025-05-31', amountInclTaxCents: 80_000, disputed: true }),
  invoice({ id: 4, dueDate: '2025-10-15', amountInclTaxCents: 60_000 }),
];

describe('debtorClaim', () => {
  it('prices each invoice per half-year and partial payment, as worked by hand', () => {
    const claim = debtorClaim(tables, ledger, business);

    // Rates (ECB on 1 January / 1 July + 10 points): 2024 S2 14,25 %, 2025 S1 13,15 %,
    // 2025 S2 12,15 %. Each line: base × days × rate / (365 × 10 000 bp), rounded once.
    // A, 5 000,00 € due 30/11/2024, 2 000,00 € paid 15/03/2025:
    //   01/12 → 31/12/2024  31 d × 500 000 × 1425 = 6 051,37 → 6 051
    //   01/01 → 15/03/2025  74 d × 500 000 × 1315 = 13 330,14 → 13 330
    //   16/03 → 30/06/2025 107 d × 300 000 × 1315 = 11 564,79 → 11 565
    //   01/07 → 30/09/2025  92 d × 300 000 × 1215 = 9 187,40 → 9 187
    // B, 1 200,00 € less a 200,00 € credit note, due 15/06/2025:
    //   16/06 → 30/06/2025  15 d × 100 000 × 1315 = 540,41 → 540
    //   01/07 → 30/09/2025  92 d × 100 000 × 1215 = 3 062,47 → 3 062
    const [a, b] = claim.invoices;
    expect(
      a?.lines.map((line) => [line.from, line.to, line.days, line.baseCents, line.rateBp]),
    ).toEqual([
      ['2024-12-01', '2024-12-31', 31, 500_000, 1425],
      ['2025-01-01', '2025-03-15', 74, 500_000, 1315],
      ['2025-03-16', '2025-06-30', 107, 300_000, 1315],
      ['2025-07-01', '2025-09-30', 92, 300_000, 1215],
    ]);
    expect(a?.lines.map((line) => line.amountCents)).toEqual([6051, 13_330, 11_565, 9187]);
    expect(b?.lines.map((line) => line.amountCents)).toEqual([540, 3062]);
    expect(a?.accruedCents).toBe(40_133);
    expect(b?.principalCents).toBe(100_000);

    // 3 000,00 + 1 000,00 principal, 401,33 + 36,02 penalties, 2 × 40 € indemnity.
    expect(claim.principalCents).toBe(400_000);
    expect(claim.accruedCents).toBe(43_735);
    expect(claim.indemnityCents).toBe(8000);
    expect(claim.totalCents).toBe(451_735);
    expect(claim.complete).toBe(true);
  });

  it('keeps a disputed invoice out of the totals and says so, and ignores invoices not yet due', () => {
    const claim = debtorClaim(tables, ledger, business);

    expect(claim.invoices.map((item) => item.number)).toEqual(['FA-1', 'FA-2', 'FA-3']);
    expect(claim.claimedInvoiceIds).toEqual([1, 2]);
    expect(plainSpaces(claim.notes.join(' '))).toContain(
      'Facture(s) en litige exclue(s) de la réclamation : FA-3 (800,00 €)',
    );
  });

  it('gives each element its amount and its legal basis', () => {
    const claim = debtorClaim(tables, ledger, business);

    expect(claim.elements.map((element) => [element.key, element.amountCents])).toEqual([
      ['principal', 400_000],
      ['penalites', 43_735],
      ['indemnite', 8000],
    ]);
    expect(claim.elements[0]?.basis).toContain('FA-1, FA-2');
    expect(claim.elements[1]?.basis).toContain('C. com. art. L441-10');
    expect(claim.elements[2]?.basis).toContain('× 2');
  });

  it('claims only the chosen invoices when given a selection', () => {
    const claim = debtorClaim(tables, ledger, business, [2]);

    expect(claim.principalCents).toBe(100_000);
    expect(claim.accruedCents).toBe(3602);
    expect(claim.indemnityCents).toBe(4000);
  });

  it('stops at a missing rate instead of guessing, naming the half-year to add', () => {
    const claim = debtorClaim(tables, ledger, { ...business, computedOn: '2026-08-31' });

    expect(claim.complete).toBe(false);
    expect(claim.errors).toEqual([
      'Le taux de la BCE en vigueur au 1er juillet 2026, qui fixe les pénalités de retard du 2e ' +
        "semestre 2026, n'est pas encore renseigné : ajoutez-le dans les réglages.",
    ]);
  });

  it('refuses a contractual rate under three times the taux légal of the half-year', () => {
    const claim = debtorClaim(tables, ledger, {
      ...business,
      rate: { kind: 'contractual', rateBp: 1000 },
    });

    // 2024 S2: taux légal autres cas 4,92 % → floor 14,76 %.
    expect(claim.complete).toBe(false);
    expect(plainSpaces(claim.errors[0])).toContain('minimum légal du 2e semestre 2024');
  });

  it(
    'asks no penalty nor indemnity of a consumer, and legal interest only from the mise en ' +
      'demeure',
    () => {
      const consumer: ClaimSettings = { ...business, debtorKind: 'particulier' };
      const before = debtorClaim(tables, ledger, consumer);
      const lettered = ledger.map((item) => ({ ...item, miseEnDemeureSentOn: '2025-07-31' }));
      const after = debtorClaim(tables, lettered, consumer);

      expect(before.accruedCents).toBe(0);
      expect(before.indemnityCents).toBe(0);
      expect(before.notes.join(' ')).toContain("aucune n'a encore été envoyée");
      // From 01/08 to 30/09/2025: 61 days at 2,76 % (2025 S2, autres cas).
      //   A 300 000 × 61 × 276 / 3 650 000 = 1 383,78 → 1 384
      //   B 100 000 × 61 × 276 / 3 650 000 = 461,26 → 461
      //   C (disputed, shown but not claimed) 80 000 × 61 × 276 / 3 650 000 = 369,01 → 369
      expect(after.invoices.map((item) => item.accruedCents)).toEqual([1384, 461, 369]);
      expect(after.accruedCents).toBe(1845);
      expect(after.elements.map((element) => element.key)).toEqual(['principal', 'interets']);
    },
  );

  it('marks an invoice time-barred after two years against a consumer, five between firms', () => {
    const old = [invoice({ id: 9, dueDate: '2023-06-30' })];

    const consumer = debtorClaim(tables, old, { ...business, debtorKind: 'particulier' });
    const firm = debtorClaim(tables, old, business);

    expect(consumer.invoices[0]?.timeBarred).toBe(true);
    expect(consumer.claimedInvoiceIds).toEqual([]);
    expect(consumer.notes.join(' ')).toContain('prescrite');
    expect(firm.invoices[0]?.timeBarred).toBe(false);
  });
});

describe('debtorClaim on invoices already paid late', () => {
  // E: 2 400,00 € due 31/01/2025, paid 1 000,00 € on 10/03 and the last 1 400,00 € on 15/07/2025.
  const paidLate = invoice({
    id: 5,
    number: 'FA-5',
    dueDate: '2025-01-31',
    amountInclTaxCents: 240_000,
    payments: [
      { date: '2025-03-10', amountCents: 100_000 },
      { date: '2025-07-15', amountCents: 140_000 },
    ],
  });
  const paidOnTime = invoice({
    id: 6,
    number: 'FA-6',
    dueDate: '2025-05-31',
    payments: [{ date: '2025-05-30', amountCents: 100_000 }],
  });

  it('claims their penalties until each payment and their 40 €, with no principal, as by hand', () => {
    const claim = debtorClaim(tables, [ledger[0]!, paidLate, paidOnTime], business);

    // 2025 S1 13,15 %, 2025 S2 12,15 %, the base falling the day after each payment:
    //   01/02 → 10/03/2025  38 d × 240 000 × 1315 / 3 650 000 = 3 285,70 → 3 286
    //   11/03 → 30/06/2025 112 d × 140 000 × 1315 / 3 650 000 = 5 649,10 → 5 649
    //   01/07 → 15/07/2025  15 d × 140 000 × 1215 / 3 650 000 =   699,04 →   699
    const e = claim.invoices.find((item) => item.invoiceId === 5);
    expect(e?.principalCents).toBe(0);
    expect(e?.settledOn).toBe('2025-07-15');
    expect(e?.lines.map((line) => [line.from, line.to, line.days, line.baseCents])).toEqual([
      ['2025-02-01', '2025-03-10', 38, 240_000],
      ['2025-03-11', '2025-06-30', 112, 140_000],
      ['2025-07-01', '2025-07-15', 15, 140_000],
    ]);
    expect(e?.lines.map((line) => line.amountCents)).toEqual([3286, 5649, 699]);
    expect(e?.indemnity.amountCents).toBe(4000);

    // With A (3 000,00 € open, 401,33 € of penalties, 40 €): 3 000,00 + 401,33 + 96,34 + 80,00.
    expect(claim.claimedInvoiceIds).toEqual([1, 5]);
    expect(claim.principalCents).toBe(300_000);
    expect(claim.accruedCents).toBe(40_133 + 9634);
    expect(claim.indemnityCents).toBe(8000);
    expect(claim.totalCents).toBe(300_000 + 49_767 + 8000);
    expect(claim.elements[2]?.basis).toContain('× 2');
    expect(claim.elements[0]?.basis).toContain('Factures impayées n° FA-1, dues');
    expect(claim.elements[0]?.basis).toContain(
      'payées en retard, sans principal restant dû : n° FA-5',
    );
  });

  it('says that invoices left out are disputed, not paid, when nothing else is owed', () => {
    const claim = debtorClaim(tables, [paidLate, ledger[2]!], business);

    expect(claim.principalCents).toBe(0);
    expect(claim.elements[0]?.basis).toBe(
      'Aucun principal : les factures réclamées ont été réglées, en retard. ' +
        'Hors de la demande, encore dues mais en litige ou prescrites : n° FA-3. ' +
        'Factures payées en retard, sans principal restant dû : n° FA-5.',
    );
  });

  it('leaves out an invoice paid on time, and what a consumer paid late', () => {
    const firm = debtorClaim(tables, [paidLate, paidOnTime], business);
    const consumer = debtorClaim(tables, [paidLate, paidOnTime], {
      ...business,
      debtorKind: 'particulier',
    });

    expect(firm.invoices.map((item) => item.number)).toEqual(['FA-5']);
    expect(consumer.invoices).toEqual([]);
  });
});

describe('debtorClaim on a consumer, letter by letter', () => {
  const consumer: ClaimSettings = { ...business, debtorKind: 'particulier' };

  it(
    'dates the interest of each invoice from the first letter listing it, and says which has ' +
      'none',
    () => {
      const claim = debtorClaim(
        tables,
        [
          invoice({
            id: 7,
            number: 'FA-7',
            dueDate: '2025-05-31',
            miseEnDemeureSentOn: '2025-06-30',
          }),
          invoice({
            id: 8,
            number: 'FA-8',
            dueDate: '2025-07-31',
            amountInclTaxCents: 50_000,
            miseEnDemeureSentOn: '2025-08-31',
          }),
          invoice({ id: 9, number: 'FA-9', dueDate: '2025-08-15', amountInclTaxCents: 30_000 }),
        ],
        consumer,
      );

      // FA-7 01/07 → 30/09: 100 000 × 92 × 276 / 3 650 000 = 695,67 → 696
      // FA-8 01/09 → 30/09:  50 000 × 30 × 276 / 3 650 000 = 113,42 → 113; FA-9: none.
      expect(claim.invoices.map((item) => item.accruedCents)).toEqual([696, 113, 0]);
      expect(claim.elements[1]?.basis).toContain(
        'du 30/06/2025 pour FA-7 ; du 31/08/2025 pour FA-8',
      );
      expect(claim.notes.join(' ')).toContain('aucune mise en demeure envoyée ne vise encore FA-9');
    },
  );
});
