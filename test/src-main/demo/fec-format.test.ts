import { describe, expect, it } from 'vitest';
import {
  ACCOUNTS,
  fecFileName,
  fecHeader,
  formatFecLine,
  lettrageCode,
} from '../../../src-main/demo/fec-format';

describe('FEC format', () => {
  it('names the file <SIREN>FEC<closing date>.txt', () => {
    expect(fecFileName('552081317', '2025-12-31')).toBe('552081317FEC20251231.txt');
  });

  it('writes the 18 standard columns in order, tab-separated', () => {
    expect(fecHeader()).toBe(
      'JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise',
    );
  });

  it('writes dates as YYYYMMDD and amounts with a decimal comma and no grouping', () => {
    const line = formatFecLine('VE', 'VE000012', '2025-03-14', {
      account: ACCOUNTS.customers,
      auxNumber: 'C000042',
      auxLabel: 'Brasserie\tLefèvre',
      pieceRef: 'FA-2025-000123',
      pieceDate: '2025-03-14',
      label: 'Facture FA-2025-000123',
      debitCents: 123456789,
      creditCents: 0,
      lettrage: 'AB',
      lettrageDate: '2025-05-02',
    });

    expect(line.split('\t')).toEqual([
      'VE',
      'Ventes',
      'VE000012',
      '20250314',
      '411000',
      'Clients',
      'C000042',
      'Brasserie Lefèvre',
      'FA-2025-000123',
      '20250314',
      'Facture FA-2025-000123',
      '1234567,89',
      '0,00',
      'AB',
      '20250502',
      '20250314',
      '',
      '',
    ]);
  });

  it('counts lettrage codes AA to ZZ, then AAA', () => {
    expect([0, 1, 25, 26, 675, 676, 677].map(lettrageCode)).toEqual([
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'AAB',
    ]);
  });
});
