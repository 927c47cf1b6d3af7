import { describe, expect, it } from 'vitest';
import { computeRibKey, ibanCheckDigits } from '../../../src-main/demo/iban';
import { generateSiren, vatNumberFromSiren } from '../../../src-main/demo/legal-identifiers';
import { completeWithLuhn, luhnCheckDigit } from '../../../src-main/demo/luhn';
import { createRandom } from '../../../src-main/demo/random';
import { isValidIban, passesLuhn } from './check-digits';

describe('check digits of generated identifiers', () => {
  it('completes a SIREN payload with the Luhn digit of a known SIREN', () => {
    expect(luhnCheckDigit('55208131')).toBe(7);
    expect(completeWithLuhn('55208131')).toBe('552081317');
    expect(passesLuhn('552081317')).toBe(true);
    expect(passesLuhn('552081318')).toBe(false);
  });

  it('computes the VAT key of a known SIREN', () => {
    expect(vatNumberFromSiren('552081317')).toBe('FR03552081317');
  });

  it('computes the RIB key and IBAN check digits of the textbook French IBAN', () => {
    expect(computeRibKey('30006', '00001', '12345678901')).toBe('89');
    expect(ibanCheckDigits('FR', '30006000011234567890189')).toBe('76');
    expect(isValidIban('FR7630006000011234567890189')).toBe(true);
    expect(isValidIban('FR7630006000011234567890198')).toBe(false);
  });

  it('never draws the SIREN of La Poste, whose SIRETs follow another rule', () => {
    const random = createRandom(5);
    const sirens = Array.from({ length: 2_000 }, () => generateSiren(random));

    expect(sirens.every((siren) => passesLuhn(siren) && siren !== '356000000')).toBe(true);
    expect(new Set(sirens).size).toBeGreaterThan(1_990);
  });
});
