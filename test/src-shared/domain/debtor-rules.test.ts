import { describe, expect, it } from 'vitest';
import { normaliseDebtorInput, validateDebtorInput } from '../../../src-shared/domain/debtor-rules';
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

describe('validateDebtorInput', () => {
  it('accepts a complete business and a private person without identifiers', () => {
    expect(validateDebtorInput(company)).toEqual({});
    expect(validateDebtorInput(person)).toEqual({});
  });

  it('accepts a debtor without phone or e-mail', () => {
    expect(validateDebtorInput({ ...company, phone: null, email: '' })).toEqual({});
  });

  it('asks for the raison sociale of a business and the name of a person', () => {
    expect(validateDebtorInput({ ...company, name: '  ' })).toEqual({
      name: 'La raison sociale est obligatoire.',
    });
    expect(validateDebtorInput({ ...person, name: '' })).toEqual({
      name: 'Le nom est obligatoire.',
    });
  });

  it('accepts a name of 200 characters and refuses one of 201, saying how long it is', () => {
    expect(validateDebtorInput({ ...company, name: 'A'.repeat(200) })).toEqual({});
    expect(validateDebtorInput({ ...company, name: 'A'.repeat(201) }).name).toBe(
      'Le nom compte 201 caractères : abrégez-le à 200 au plus.',
    );
  });

  it('requires the address line, postal code and city', () => {
    expect(
      validateDebtorInput({ ...company, addressLine1: ' ', postalCode: '', city: '' }),
    ).toEqual({
      addressLine1: "L'adresse est obligatoire : numéro et rue, ou lieu-dit.",
      postalCode: 'Le code postal est obligatoire.',
      city: 'La ville est obligatoire.',
    });
  });

  it('asks for five digits when a postal code does not have them', () => {
    expect(validateDebtorInput({ ...company, postalCode: '7508' }).postalCode).toBe(
      'Le code postal « 7508 » est invalide : saisissez ses 5 chiffres (ex. 75011).',
    );
  });

  it('says that a postal code of five digits with no département does not exist', () => {
    expect(validateDebtorInput({ ...company, postalCode: '99999' }).postalCode).toBe(
      "Le code postal « 99999 » n'existe pas : aucun département ne commence par 99. " +
        'Vérifiez-le sur un courrier ou une facture.',
    );
    expect(validateDebtorInput({ ...company, postalCode: '00100' }).postalCode).toContain(
      'aucun département ne commence par 00',
    );
  });

  it('refuses an e-mail address and a phone number that cannot be used', () => {
    const errors = validateDebtorInput({ ...company, email: 'compta@exemple', phone: '12 34' });

    expect(errors).toEqual({
      email:
        "L'adresse e-mail « compta@exemple » est invalide : " +
        'écrivez-la nom@domaine.fr, sans espace.',
      phone:
        "« 12 34 » n'est pas un numéro de téléphone français : " +
        'saisissez ses 10 chiffres (ex. 01 23 45 67 89).',
    });
  });

  it('accepts a phone number as typed, before normalisation', () => {
    expect(validateDebtorInput({ ...company, phone: '06 12 34 56 78' })).toEqual({});
  });

  it('refuses a NAF code of the wrong shape', () => {
    expect(validateDebtorInput({ ...company, nafCode: '3511' }).nafCode).toBe(
      "Le code NAF « 3511 » est invalide : il s'écrit 4 chiffres et une lettre (ex. 62.02A).",
    );
    expect(validateDebtorInput({ ...company, nafCode: '35.11 z' })).toEqual({});
  });

  it('accepts 20 tags of 40 characters and refuses a 21st tag or a 41-character one', () => {
    const twenty = Array.from({ length: 20 }, (_, index) => `${index}`.padEnd(40, 'x'));

    expect(validateDebtorInput({ ...company, tags: twenty })).toEqual({});
    expect(validateDebtorInput({ ...company, tags: [...twenty, 'de trop'] }).tags).toBe(
      'Ce débiteur a 21 étiquettes : gardez-en 20 au plus.',
    );
    expect(validateDebtorInput({ ...company, tags: ['y'.repeat(41)] }).tags).toBe(
      `L'étiquette « ${'y'.repeat(41)} » dépasse 40 caractères : raccourcissez-la.`,
    );
    expect(validateDebtorInput({ ...company, tags: ['BTP', ' '] }).tags).toBe(
      'Une étiquette est vide : retirez-la.',
    );
  });

  it('reports every faulty field at once', () => {
    const errors = validateDebtorInput({
      ...company,
      name: '',
      siren: '123456789',
      city: '',
      email: 'x',
      nafCode: 'abc',
    });

    expect(Object.keys(errors).sort()).toEqual(['city', 'email', 'nafCode', 'name', 'siren']);
  });
});

describe('normaliseDebtorInput', () => {
  it('trims text and turns blank optional fields into null', () => {
    const typed = { ...person, name: '  Durand ', firstName: ' Claire', notes: '   ', email: '' };

    const clean = normaliseDebtorInput(typed);

    expect(clean.name).toBe('Durand');
    expect(clean.firstName).toBe('Claire');
    expect(clean.notes).toBeNull();
    expect(clean.email).toBeNull();
  });

  it('writes SIREN, SIRET, VAT number and NAF code in their canonical form', () => {
    const clean = normaliseDebtorInput({
      ...company,
      siren: ' 552 081 317 ',
      siret: '552-081-317-66522',
      vatNumber: 'fr 03 552.081.317',
      nafCode: '3511z',
    });

    expect(clean.siren).toBe('552081317');
    expect(clean.siret).toBe('55208131766522');
    expect(clean.vatNumber).toBe('FR03552081317');
    expect(clean.nafCode).toBe('35.11Z');
  });

  it('puts a French phone number in +33 form and keeps an unreadable one for validation', () => {
    expect(normaliseDebtorInput({ ...company, phone: '01 23 45 67 89' }).phone).toBe(
      '+33123456789',
    );
    expect(normaliseDebtorInput({ ...company, phone: ' standard ' }).phone).toBe('standard');
  });

  it('keeps a NAF code of the wrong shape, in capitals, for validation to report', () => {
    expect(normaliseDebtorInput({ ...company, nafCode: ' abc ' }).nafCode).toBe('ABC');
  });

  it('removes spaces inside the postal code and drops empty and repeated tags', () => {
    const clean = normaliseDebtorInput({
      ...company,
      postalCode: ' 75 008 ',
      tags: [' grand compte ', '', 'grand compte', 'BTP'],
    });

    expect(clean.postalCode).toBe('75008');
    expect(clean.tags).toEqual(['grand compte', 'BTP']);
  });

  it('leaves the kind and size class untouched', () => {
    const clean = normaliseDebtorInput({ ...company, sizeClass: 'eti' });

    expect(clean.kind).toBe('entreprise');
    expect(clean.sizeClass).toBe('eti');
  });

  it('feeds validation with cleaned values that it then accepts', () => {
    const typed = {
      ...company,
      siren: '552 081 317',
      vatNumber: 'fr03 552081317',
      phone: '0123456789',
    };

    expect(validateDebtorInput(normaliseDebtorInput(typed))).toEqual({});
  });
});
