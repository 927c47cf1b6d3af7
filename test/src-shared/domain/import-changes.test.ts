import { describe, expect, it } from 'vitest';
import {
  describeChange,
  moreDebtorsSentence,
  nothingNewSentence,
  type DebtorImportChange,
  type ImportChanges,
} from '../../../src-shared/domain/import-changes';

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

const nothing = (alreadyPresent: number): ImportChanges => ({
  debtorsCreated: 0,
  debtorsTouched: 0,
  invoicesAdded: 0,
  invoicesUpdated: 0,
  paymentsAdded: 0,
  creditNotesAdded: 0,
  allocationsAdded: 0,
  invoicesSettled: 0,
  alreadyPresent,
  openingsMatched: 0,
  linesIgnored: 0,
  ignoredLines: [],
  warnings: [],
  debtors: [],
});

describe('nothingNewSentence', () => {
  it('says in the present, before the import, that the file holds nothing new', () => {
    expect(nothingNewSentence(nothing(538), true)).toBe(
      'Rien de nouveau : tout ce que contient ce fichier est déjà dans le dossier (538 lignes ' +
        'reconnues).',
    );
  });

  it('says it in the past once the import ran, one line in the singular', () => {
    expect(nothingNewSentence(nothing(1), false)).toBe(
      'Rien de nouveau : tout ce que contenait le fichier était déjà dans le dossier (1 ligne ' +
        'reconnue).',
    );
  });
});

describe('moreDebtorsSentence', () => {
  it('sends to the debtors’ history in the future before the import, in the present after', () => {
    expect(moreDebtorsSentence(1, true)).toBe(
      'Et 1 autre débiteur : après l’import, le détail sera dans l’historique de chaque dossier.',
    );
    expect(moreDebtorsSentence(35, false)).toBe(
      'Et 35 autres débiteurs : le détail est dans l’historique de chaque dossier.',
    );
  });
});
