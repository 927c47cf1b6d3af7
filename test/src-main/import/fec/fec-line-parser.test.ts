import { describe, expect, it } from 'vitest';
import { recogniseHeader } from '../../../../src-main/import/fec/fec-columns';
import { parseFecLine } from '../../../../src-main/import/fec/fec-line-parser';
import { rowValues, STANDARD_HEADER, type FixtureRow } from './fec-fixture';

const tabs = recogniseHeader(STANDARD_HEADER.join('\t'));
const pipes = recogniseHeader(`${STANDARD_HEADER.join('|')}|`);

const invoice: FixtureRow = {
  journal: 'VE',
  num: '12',
  date: '20230115',
  account: '411000',
  aux: 'DUPONT',
  auxLabel: 'Dupont SARL',
  debit: '1200,00',
  lettrage: 'AA',
  lettrageDate: '20230201',
};

function line(row: FixtureRow, change: (values: string[]) => void = () => {}): string {
  const values = rowValues(row);
  change(values);
  return values.join('\t');
}

describe('parseFecLine', () => {
  it('reads every field of a well-formed line', () => {
    const result = parseFecLine(line(invoice), 3, tabs);

    expect(result).toEqual({
      ok: true,
      line: expect.objectContaining({
        line: 3,
        journalCode: 'VE',
        entryNumber: '12',
        entryDate: '2023-01-15',
        auxiliaryNumber: 'DUPONT',
        debitCents: 120000,
        creditCents: 0,
        lettrage: 'AA',
        lettrageDate: '2023-02-01',
      }),
    });
  });

  it('trims the padding of fixed-width fields and accepts the trailing pipe', () => {
    const padded = rowValues(invoice).map((value) => value.padEnd(12, ' '));
    const result = parseFecLine(`${padded.join('|')}|`, 2, pipes);

    expect(result.ok && result.line.journalCode).toBe('VE');
    expect(result.ok && result.line.lettrage).toBe('AA');
  });

  it('reads a blank lettrage as none', () => {
    const result = parseFecLine(line({ ...invoice, lettrage: '  ', lettrageDate: '' }), 2, tabs);

    expect(result.ok && result.line.lettrage).toBeNull();
  });

  it('reports a line with a missing column with its number and both counts', () => {
    const result = parseFecLine(
      line(invoice, (values) => values.pop()),
      42,
      tabs,
    );

    expect(result).toEqual({
      ok: false,
      issue: { line: 42, message: 'Ligne 42 : 17 colonnes au lieu de 18' },
    });
  });

  it('reports an entry date that does not exist', () => {
    const result = parseFecLine(line({ ...invoice, date: '20231345' }), 7, tabs);

    expect(!result.ok && result.issue.message).toContain(
      "Ligne 7 : date d'écriture « 20231345 » invalide",
    );
  });

  it('reports an amount with mixed marks and the column it sits in', () => {
    const result = parseFecLine(line({ ...invoice, debit: '12.345,6' }), 12, tabs);

    expect(!result.ok && result.issue.message).toBe(
      'Ligne 12 : montant « 12.345,6 » illisible (colonne Debit)',
    );
  });

  it('gives every reason of a line in one issue', () => {
    const result = parseFecLine(line({ ...invoice, account: '', credit: 'abc' }), 5, tabs);

    expect(!result.ok && result.issue.message).toBe(
      'Ligne 5 : numéro de compte absent ; montant « abc » illisible (colonne Credit)',
    );
  });

  it('says a cut-off last line was truncated', () => {
    const cut = line(invoice).slice(0, 30);
    const result = parseFecLine(cut, 9, tabs, false);

    expect(!result.ok && result.issue.message).toMatch(
      /^Ligne 9 : ligne tronquée en fin de fichier, \d colonnes au lieu de 18$/,
    );
  });

  it('reads Montant and Sens into the debit or the credit', () => {
    const names = STANDARD_HEADER.filter((name) => name !== 'Debit' && name !== 'Credit');
    const layout = recogniseHeader([...names, 'Montant', 'Sens'].join('\t'));
    const values = rowValues(invoice).filter((_, index) => index !== 11 && index !== 12);

    const credit = parseFecLine([...values, '80,00', 'C'].join('\t'), 2, layout);
    const debit = parseFecLine([...values, '80,00', '+1'].join('\t'), 3, layout);
    const wrong = parseFecLine([...values, '80,00', 'X'].join('\t'), 4, layout);

    expect(credit.ok && [credit.line.debitCents, credit.line.creditCents]).toEqual([0, 8000]);
    expect(debit.ok && [debit.line.debitCents, debit.line.creditCents]).toEqual([8000, 0]);
    expect(!wrong.ok && wrong.issue.message).toContain('sens « X » illisible');
  });
});
