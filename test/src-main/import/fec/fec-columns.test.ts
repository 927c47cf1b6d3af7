import { describe, expect, it } from 'vitest';
import { recogniseHeader } from '../../../../src-main/import/fec/fec-columns';
import { FecNotRecognisedError } from '../../../../src-main/import/fec/fec-errors';
import { STANDARD_HEADER } from './fec-fixture';

describe('recogniseHeader', () => {
  it('finds the 18 standard columns of a tab-separated header', () => {
    const layout = recogniseHeader(STANDARD_HEADER.join('\t'));

    expect(layout.separator).toBe('tab');
    expect(layout.columnCount).toBe(18);
    expect(layout.columns.debit).toBe(11);
    expect(layout.amountStyle).toBe('debit-credit');
    expect(layout.missingColumns).toEqual([]);
  });

  it('leaves out the trailing pipe of a pipe-separated header', () => {
    const layout = recogniseHeader(`${STANDARD_HEADER.join('|')}|`);

    expect(layout.separator).toBe('pipe');
    expect(layout.columnCount).toBe(18);
  });

  it('finds columns in any order, any case, among extra columns', () => {
    const names = ['DateRglt', ...[...STANDARD_HEADER].reverse(), 'ModeRglt'];
    const layout = recogniseHeader(names.join('\t').replace('Montantdevise', 'MontantDevise'));

    expect(layout.columnCount).toBe(20);
    expect(layout.columns.journalCode).toBe(18);
    expect(layout.columns.currencyAmount).toBe(2);
    expect(layout.missingColumns).toEqual([]);
  });

  it('accepts Montant and Sens in place of Debit and Credit', () => {
    const names = STANDARD_HEADER.filter((name) => name !== 'Debit' && name !== 'Credit');
    const layout = recogniseHeader([...names, 'Montant', 'Sens'].join('|'));

    expect(layout.amountStyle).toBe('montant-sens');
    expect(layout.columns.sens).toBe(17);
  });

  it('lists the optional standard columns the header lacks', () => {
    const names = STANDARD_HEADER.filter((name) => name !== 'ValidDate' && name !== 'Idevise');

    expect(recogniseHeader(names.join('\t')).missingColumns).toEqual(['ValidDate', 'Idevise']);
  });

  it('refuses a table of something else, naming the columns a FEC needs', () => {
    expect(() => recogniseHeader('Nom\tPrénom\tMontant')).toThrow(
      "Ce fichier n'est pas un FEC : la ligne d'en-tête n'a pas les colonnes JournalCode, " +
        'EcritureNum, EcritureDate, CompteNum, Debit et Credit (ou Montant et Sens).',
    );
  });

  it('refuses a FEC saved with semicolons, telling to export it again', () => {
    const attempt = () => recogniseHeader(STANDARD_HEADER.join(';'));

    expect(attempt).toThrow(FecNotRecognisedError);
    expect(attempt).toThrow(/points-virgules.*Exportez de nouveau/);
  });

  it('refuses a first line with no separator at all', () => {
    expect(() => recogniseHeader('Bonjour')).toThrow(/tabulations ou des barres verticales/);
  });
});
