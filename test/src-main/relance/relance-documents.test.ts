import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxToLayoutText } from '../../support/docx-text';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { addDebtorWithInvoices, createRelanceFile } from './relance-setup';

describe('the tables of the statement of account and of the relance letters', () => {
  let test: TestWorkspace;
  let statement: string;
  let letter: string;

  beforeAll(async () => {
    test = createTestWorkspace('2026-12-03');
    await createRelanceFile(test);
    const invoices: [string, string, number][] = [
      ['FAC-2026-000123-B', '2026-10-29', 1_234_567],
      ['FA-2026-000456', '2026-10-25', 60_000],
    ];
    const { debtorId } = await addDebtorWithInvoices(test, { name: 'Garage Martin' }, invoices);
    await test.call('contacts:add', {
      debtorId,
      input: { name: 'Aurélie Durand', role: null, email: null, phone: null, isPrimary: true },
    });
    statement = docxToLayoutText(
      (await test.call('relance:statement', { debtorId, asOf: '2026-12-03' })).path,
    );
    // 35 days after the later due date: the J+30 letter of the standard plan.
    const record = await test.call('relance:do', {
      debtorId,
      scenarioId: 1,
      stepIndex: 3,
      subject: null,
      body: null,
      send: false,
    });
    letter = docxToLayoutText(record.outputPath!);
  }, 240_000);

  afterAll(() => test.dispose());

  it('prints each row of the statement on one line: number, dates and amounts unbroken', () => {
    expect(statement).toMatch(/Facture\s+Date\s+Échéance\s+Montant/);
    expect(statement).toMatch(
      /FAC-2026-000123-B\s+01\/06\/2026\s+29\/10\/2026\s+12 345,67 €\s+0,00 €\s+12 345,67 €\s+35 j/,
    );
    expect(statement).toMatch(/FA-2026-000456\s+01\/06\/2026\s+25\/10\/2026\s+600,00 €/);
  });

  it('prints the invoice numbers of a letter’s table without wrapping them', () => {
    expect(letter).toMatch(/FA-2026-000456\s+01\/06\/2026\s+25\/10\/2026\s+600,00 €/);
    expect(letter).toMatch(/FAC-2026-000123-B\s+01\/06\/2026\s+29\/10\/2026\s+12 345,67 €/);
  });

  it('elides « de » before the contact’s name', () => {
    expect(letter).toContain('À l’attention d’Aurélie Durand');
  });
});
