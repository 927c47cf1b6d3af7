import { describe, expect, it } from 'vitest';
import { validateDebtorInput } from '../../../src-shared/domain/debtor-rules';
import { sampleDebtor } from '../../support/sample-inputs';

const company = sampleDebtor({ siret: '55208131766522', vatNumber: 'FR03552081317' });
const person = sampleDebtor({
  kind: 'particulier',
  name: 'Durand',
  firstName: 'Claire',
  legalForm: null,
  siren: null,
  nafCode: null,
  sector: null,
  sizeClass: null,
});

const sirenOnly = (siren: string) =>
  validateDebtorInput({ ...company, siren, siret: null, vatNumber: null }).siren;

describe('validateDebtorInput, business identifiers', () => {
  it('accepts a business without SIREN, SIRET or VAT number', () => {
    expect(validateDebtorInput({ ...company, siren: null, siret: '', vatNumber: null })).toEqual(
      {},
    );
  });

  it('accepts a SIREN typed with spaces', () => {
    expect(validateDebtorInput({ ...company, siren: '552 081 317' })).toEqual({});
  });

  it('explains a SIREN whose check digit is wrong', () => {
    expect(sirenOnly('123456789')).toBe(
      'Le SIREN 123456789 est invalide : sa clé de contrôle ne correspond pas. ' +
        'Vérifiez les 9 chiffres.',
    );
  });

  it('counts the digits of a SIREN that is too short and refuses letters', () => {
    expect(sirenOnly('55208131')).toBe(
      'Le SIREN 55208131 a 8 chiffres au lieu de 9 : vérifiez-le.',
    );
    expect(sirenOnly('55208131A')).toBe(
      'Le SIREN « 55208131A » ne doit contenir que des chiffres (9 en tout).',
    );
  });

  it('explains a SIRET whose check digit is wrong', () => {
    expect(validateDebtorInput({ ...company, siret: '55208131766523' }).siret).toBe(
      'Le SIRET 55208131766523 est invalide : sa clé de contrôle ne correspond pas. ' +
        'Vérifiez les 14 chiffres.',
    );
  });

  it('refuses a valid SIRET that belongs to another SIREN', () => {
    expect(validateDebtorInput({ ...company, siret: '73282932000074' })).toEqual({
      siret:
        "Le SIRET 73282932000074 n'appartient pas au SIREN 552081317 : " +
        'ses 9 premiers chiffres doivent être ceux du SIREN.',
    });
  });

  it('refuses a valid VAT number of another SIREN and gives the right one', () => {
    expect(validateDebtorInput({ ...company, vatNumber: 'FR44732829320' })).toEqual({
      vatNumber:
        'Le numéro de TVA FR44732829320 ne correspond pas au SIREN 552081317 : ' +
        "pour ce SIREN, il s'écrit FR03552081317.",
    });
  });

  it('points at the key of a VAT number that has the right shape', () => {
    expect(validateDebtorInput({ ...company, vatNumber: 'FR04552081317' }).vatNumber).toBe(
      'Le numéro de TVA FR04552081317 est invalide : sa clé (les 2 caractères après FR) ' +
        'ne correspond pas aux 9 chiffres qui la suivent. Vérifiez-le.',
    );
  });

  it('gives the expected format for a VAT number of the wrong shape', () => {
    expect(validateDebtorInput({ ...company, vatNumber: '552081317' }).vatNumber).toBe(
      "Le numéro de TVA « 552081317 » est invalide : il s'écrit FR, une clé de 2 caractères " +
        'et les 9 chiffres du SIREN (ex. FR03552081317).',
    );
  });

  it('skips the cross-checks when the SIREN itself is invalid', () => {
    const errors = validateDebtorInput({ ...company, siren: '123456789' });

    expect(Object.keys(errors)).toEqual(['siren']);
  });
});

describe('validateDebtorInput, private person', () => {
  it('refuses a SIREN, a SIRET and a VAT number on a private person', () => {
    const errors = validateDebtorInput({
      ...person,
      siren: '552081317',
      siret: '55208131766522',
      vatNumber: 'FR03552081317',
    });

    expect(errors.siren).toBe(
      "Un particulier n'a pas de SIREN : " +
        'videz ce champ, ou choisissez « Entreprise » si ce débiteur en est une.',
    );
    expect(errors.siret).toContain("Un particulier n'a pas de SIRET");
    expect(errors.vatNumber).toContain("Un particulier n'a pas de numéro de TVA");
  });

  it('ignores blank identifier fields on a private person', () => {
    expect(validateDebtorInput({ ...person, siren: ' ', siret: '', vatNumber: null })).toEqual({});
  });
});
