import { describe, expect, it } from 'vitest';
import { prescriptionLabel } from '../../../../src-renderer/features/relance/relance-labels';

describe('prescriptionLabel', () => {
  it('names the time-barred invoices left out of the relance', () => {
    const label = prescriptionLabel({
      prescription: [
        { invoiceId: 1, number: 'FA-1', lastDayToAct: '2026-10-01', timeBarred: true },
        { invoiceId: 2, number: 'FA-2', lastDayToAct: '2027-02-01', timeBarred: false },
      ],
    });

    expect(label).toEqual({ text: 'Prescrite : FA-1 (hors relance)', timeBarred: true });
  });

  it('gives the nearest last day to act when none is time-barred yet', () => {
    const label = prescriptionLabel({
      prescription: [
        { invoiceId: 2, number: 'FA-2', lastDayToAct: '2027-05-01', timeBarred: false },
        { invoiceId: 3, number: 'FA-3', lastDayToAct: '2027-02-01', timeBarred: false },
      ],
    });

    expect(label).toEqual({
      text: 'Prescription proche : FA-3, à faire valoir au plus tard le 01/02/2027',
      timeBarred: false,
    });
  });

  it('shows nothing for a debtor far from prescription', () => {
    expect(prescriptionLabel({ prescription: [] })).toBeNull();
  });
});
