import { describe, expect, it } from 'vitest';
import type { Company } from '../../../src-shared/domain/company';
import {
  normaliseCompanyInput,
  validateCompanyInput,
} from '../../../src-shared/domain/company-rules';

const company: Company = {
  legalName: 'Atelier Lumière SAS',
  legalForm: 'SAS',
  shareCapitalCents: 1_000_000,
  siren: '732829320',
  rcsCity: 'Créteil',
  addressLine1: '1 rue de la Gare',
  addressLine2: null,
  postalCode: '94000',
  city: 'Créteil',
  iban: 'FR7630006000011234567890189',
  bic: 'AGRIFRPP',
  contactName: 'Claire Martin',
  email: 'compta@atelier-lumiere.fr',
  phone: '01 23 45 67 89',
};

describe('validateCompanyInput', () => {
  it('accepts a complete identity, and one with only the name', () => {
    const nameOnly = normaliseCompanyInput({
      ...company,
      ...Object.fromEntries(Object.keys(company).map((key) => [key, null])),
      legalName: 'Atelier Lumière SAS',
    });

    expect(validateCompanyInput(company)).toEqual({});
    expect(validateCompanyInput(nameOnly)).toEqual({});
  });

  it('gives every wrong field its own message, not just the first', () => {
    const input = normaliseCompanyInput({
      ...company,
      siren: '732 829 321',
      postalCode: '99999',
      iban: 'FR76 3000 6000 0112 3456 7890 188',
    });

    expect(validateCompanyInput(input)).toEqual({
      siren:
        'Le SIREN 732829321 est invalide : sa clé de contrôle ne correspond pas. ' +
        'Vérifiez les 9 chiffres.',
      postalCode:
        "Le code postal « 99999 » n'existe pas : aucun département ne commence par 99. " +
        'Vérifiez-le sur un courrier ou une facture.',
      iban:
        "L'IBAN FR76 3000 6000 0112 3456 7890 188 est invalide : " +
        'sa clé de contrôle ne correspond pas. Recopiez-le depuis votre RIB.',
    });
  });

  it('requires the name and refuses a negative capital', () => {
    const errors = validateCompanyInput({ ...company, legalName: '', shareCapitalCents: -100 });

    expect(errors).toEqual({
      legalName: 'Indiquez la raison sociale de votre entreprise.',
      shareCapitalCents: 'Le capital social ne peut pas être négatif.',
    });
  });

  it('refuses an e-mail, a phone number and a BIC that cannot be used', () => {
    const errors = validateCompanyInput({
      ...company,
      email: 'compta@atelier',
      phone: '12 34',
      bic: 'AGRI',
    });

    expect(Object.keys(errors)).toEqual(['bic', 'email', 'phone']);
    expect(errors.bic).toContain('8 ou 11');
  });
});

describe('normaliseCompanyInput', () => {
  it('writes identifiers without separators and blanks as null', () => {
    const clean = normaliseCompanyInput({
      ...company,
      legalName: '  Atelier Lumière SAS ',
      siren: '732 829 320',
      iban: 'fr76 3000 6000 0112 3456 7890 189',
      bic: ' agrifrpp ',
      postalCode: '94 000',
      addressLine2: '  ',
    });

    expect(clean).toMatchObject({
      legalName: 'Atelier Lumière SAS',
      siren: '732829320',
      iban: 'FR7630006000011234567890189',
      bic: 'AGRIFRPP',
      postalCode: '94000',
      addressLine2: null,
    });
  });
});
