import { describe, expect, it } from 'vitest';
import { describeChange, type DebtorImportChange } from '../../../src-shared/domain/import-changes';

const change = (counts: Partial<DebtorImportChange>): DebtorImportChange => ({
  debtorId: 1,
  key: 'C1',
  name: 'Dupont',
  isNew: false,
  invoicesAdded: 0,
  paymentsAdded: 0,
  creditNotesAdded: 0,
  invoicesSettled: 0,
  balanceBeforeCents: 0,
  balanceAfterCents: 0,
  ...counts,
});

describe('describeChange', () => {
  it('makes the participle agree with what was added', () => {
    expect(describeChange(change({ invoicesAdded: 1 }))).toBe('1 facture ajoutée');
    expect(describeChange(change({ invoicesAdded: 3 }))).toBe('3 factures ajoutées');
    expect(describeChange(change({ paymentsAdded: 1 }))).toBe('1 règlement ajouté');
    expect(describeChange(change({ invoicesAdded: 1, creditNotesAdded: 1 }))).toBe(
      '1 facture et 1 avoir ajoutés',
    );
  });

  it('says when the file was created, fields filled in and invoices settled', () => {
    expect(
      describeChange(
        change({ isNew: true, invoicesAdded: 2, paymentsAdded: 1, invoicesSettled: 1 }),
      ),
    ).toBe('dossier créé, 2 factures et 1 règlement ajoutés, 1 facture soldée');
    expect(describeChange(change({}), 1)).toBe('1 champ complété');
    expect(describeChange(change({}))).toBe('aucun changement');
  });
});
