import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { handWorkedDebtor, openCompanyFile } from './legal-fixture';

describe('the claim of a debtor, from its ledger', () => {
  let test: TestWorkspace;

  afterEach(() => test.dispose());

  it('prices penalties per half-year and partial payment from the shipped rates, as by hand', async () => {
    test = createTestWorkspace('2025-09-30');
    await openCompanyFile(test);
    const { debtorId } = await handWorkedDebtor(test);

    const { claim } = await test.call('legal:procedure', { debtorId });

    // A: 6 051 + 13 330 + 11 565 + 9 187 (see the shared test for each line's working);
    // B, principal 1 000,00 € after its credit note: 540 + 3 062.
    expect(claim.invoices.map((invoice) => invoice.lines.map((line) => line.amountCents))).toEqual([
      [6051, 13_330, 11_565, 9187],
      [540, 3062],
    ]);
    expect(claim.invoices.map((invoice) => invoice.principalCents)).toEqual([300_000, 100_000]);
    expect(claim.principalCents).toBe(400_000);
    expect(claim.accruedCents).toBe(43_735);
    expect(claim.indemnityCents).toBe(8000);
    expect(claim.totalCents).toBe(451_735);
  });

  it('asks for the missing half-year rate, then uses the one typed in the settings', async () => {
    test = createTestWorkspace('2026-12-03');
    await openCompanyFile(test);
    const { debtorId } = await handWorkedDebtor(test);

    const before = await test.call('legal:procedure', { debtorId });
    const settings = await test.call('legal:saveEcbRate', {
      input: { effective: '2026-07-01', rateBp: 240, source: 'Décision BCE (saisie)' },
    });
    const after = await test.call('legal:procedure', { debtorId });

    expect(before.claim.complete).toBe(false);
    expect(before.claim.errors[0]).toContain('1er juillet 2026');
    expect(settings.ecbRates.at(-1)).toMatchObject({ effective: '2026-07-01', origin: 'user' });
    // A, after 30/09/2025: 01/07 → 31/12/2025 184 d × 300 000 at 12,15 % = 18 375;
    // 01/01 → 30/06/2026 181 d at 12,15 % = 18 075; 01/07 → 03/12/2026 156 d at
    // 2,40 + 10 = 12,40 % = 15 899. B: 540, then 6 125, 6 025 and 5 300.
    const [a, b] = after.claim.invoices;
    expect(a?.lines.map((line) => line.amountCents)).toEqual([
      6051, 13_330, 11_565, 18_375, 18_075, 15_899,
    ]);
    expect(a?.lines.at(-1)?.basis).toBe('taux BCE au 1er juillet 2026 (2,40\u00a0%) + 10 points');
    expect(b?.accruedCents).toBe(17_990);
    expect(after.claim.accruedCents).toBe(83_295 + 17_990);
  });

  it('applies the contractual rate and the day count chosen in the settings', async () => {
    test = createTestWorkspace('2025-09-30');
    await openCompanyFile(test);
    const { debtorId } = await handWorkedDebtor(test);

    await test.call('legal:updateOptions', {
      options: { dayCount: '365', contractualRateBp: 1500, miseEnDemeureDays: 8 },
    });
    const contractual = await test.call('legal:procedure', { debtorId });
    await test.call('legal:updateOptions', {
      options: { dayCount: 'actual', contractualRateBp: null, miseEnDemeureDays: 8 },
    });
    const leapYear = await test.call('legal:procedure', { debtorId });

    // 500 000 × 31 × 1500 / 3 650 000 = 6 369,86 → 6 370
    expect(contractual.claim.invoices[0]?.lines[0]?.amountCents).toBe(6370);
    expect(contractual.claim.method).toContain('Taux contractuel de 15,00');
    // December 2024 counts 366 days to the year: 500 000 × 31 × 1425 / 3 660 000 = 6 034,84
    expect(leapYear.claim.invoices[0]?.lines[0]?.amountCents).toBe(6035);
  });

  it('refuses a contractual rate under the floor with the half-year and the minimum', async () => {
    test = createTestWorkspace('2025-09-30');
    await openCompanyFile(test);
    const { debtorId } = await handWorkedDebtor(test);

    await test.call('legal:updateOptions', {
      options: { dayCount: '365', contractualRateBp: 1000, miseEnDemeureDays: 8 },
    });
    const { claim } = await test.call('legal:procedure', { debtorId });

    expect(claim.complete).toBe(false);
    expect(claim.errors[0]).toContain('14,76');
  });

  it('keeps a disputed invoice out of the claim', async () => {
    test = createTestWorkspace('2025-09-30');
    await openCompanyFile(test);
    const { debtorId, invoiceB } = await handWorkedDebtor(test);
    test.workspace
      .context()
      .database.sqlite.prepare(
        `INSERT INTO disputes (debtor_id, reason, opened_on, created_by, created_at)
         VALUES (?, 'qualite', '2025-08-01', 'Test', '2025-08-01T00:00:00Z')`,
      )
      .run(debtorId);
    test.workspace
      .context()
      .database.sqlite.prepare(
        'INSERT INTO dispute_invoices (dispute_id, invoice_id) VALUES (1, ?)',
      )
      .run(invoiceB);

    const { claim } = await test.call('legal:procedure', { debtorId });

    expect(claim.claimedInvoiceIds).toHaveLength(1);
    expect(claim.principalCents).toBe(300_000);
    expect(claim.notes[0]).toContain('FA-2025-041');
  });
});
