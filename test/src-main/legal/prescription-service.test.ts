import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleDebtor } from '../../support/sample-inputs';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { addInvoice, openCompanyFile, pay } from './legal-fixture';

describe('prescription warnings for the agenda and the debtor file', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2025-03-01');
    await openCompanyFile(test);
  });

  afterEach(() => test.dispose());

  it('lists open invoices time-barred or within six months of it, soonest first', async () => {
    const consumer = await test.call('debtors:create', {
      input: sampleDebtor({
        kind: 'particulier',
        name: 'Durand',
        firstName: 'Paul',
        legalForm: null,
        siren: null,
      }),
    });
    const firm = await test.call('debtors:create', { input: sampleDebtor() });
    await addInvoice(test, consumer.id, 'P-1', '2023-08-01', 50_000);
    await addInvoice(test, consumer.id, 'P-2', '2024-06-30', 50_000);
    await addInvoice(test, firm.id, 'E-1', '2020-01-31', 80_000);
    await addInvoice(test, firm.id, 'E-2', '2021-01-31', 80_000);

    const warnings = await test.call('legal:prescriptionWarnings', {});

    // P-1: two years from 01/08/2023, last day 01/08/2025, within six months of 01/03/2025.
    // E-1: five years from 31/01/2020, last day 31/01/2025: already time-barred.
    // P-2 (2026) and E-2 (2026) are further than six months away.
    expect(
      warnings.map((warning) => [warning.number, warning.lastDayToAct, warning.timeBarred]),
    ).toEqual([
      ['E-1', '2025-01-31', true],
      ['P-1', '2025-08-01', false],
    ]);
    expect(warnings[1]?.debtorName).toBe('Paul Durand');
  });

  it('restarts the period from a partial payment, which acknowledges the debt', async () => {
    const consumer = await test.call('debtors:create', {
      input: sampleDebtor({
        kind: 'particulier',
        name: 'Roux',
        firstName: 'Anne',
        legalForm: null,
        siren: null,
      }),
    });
    const invoice = await addInvoice(test, consumer.id, 'P-9', '2023-08-01', 50_000);
    await pay(test, consumer.id, invoice, '2024-02-15', 10_000);

    const { prescription } = await test.call('legal:procedure', { debtorId: consumer.id });

    expect(prescription).toEqual([]);
  });
});
