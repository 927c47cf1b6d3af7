import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  frenchVatNumberFromSiren,
  isValidFrenchVatNumber,
  normaliseVatNumber,
} from '../../../src-shared/validators/vat-number';

// Valid SIRENs built independently: a payload and the digit that makes its Luhn sum round.
const validSirens = fc.integer({ min: 0, max: 99_999_999 }).map((n) => {
  const payload = String(n).padStart(8, '0');
  for (let digit = 0; digit <= 9; digit += 1) {
    const candidate = `${payload}${digit}`;
    const sum = [...candidate]
      .reverse()
      .map((c, index) => (index % 2 === 1 ? Number(c) * 2 : Number(c)))
      .reduce((total, value) => total + Math.floor(value / 10) + (value % 10), 0);
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable: one digit always completes a Luhn number');
});

// The key as the tax office states it: the SIREN followed by "12", modulo 97.
function expectedKey(siren: string): string {
  return String(BigInt(`${siren}12`) % 97n).padStart(2, '0');
}

describe('normaliseVatNumber', () => {
  it('removes separators and writes the letters in capitals', () => {
    expect(normaliseVatNumber('fr 03 552.081-317')).toBe('FR03552081317');
  });
});

describe('frenchVatNumberFromSiren', () => {
  it('computes the published examples', () => {
    expect(frenchVatNumberFromSiren('552081317')).toBe('FR03552081317');
    expect(frenchVatNumberFromSiren('542107651')).toBe('FR13542107651');
    expect(frenchVatNumberFromSiren('732 829 320')).toBe('FR44732829320');
  });

  it('returns null for a SIREN whose check digit is wrong', () => {
    expect(frenchVatNumberFromSiren('552081318')).toBeNull();
    expect(frenchVatNumberFromSiren('5520813')).toBeNull();
  });

  it('writes FR, the two-digit key of the SIREN followed by 12 modulo 97, then the SIREN', () => {
    fc.assert(
      fc.property(validSirens, (siren) => {
        return frenchVatNumberFromSiren(siren) === `FR${expectedKey(siren)}${siren}`;
      }),
    );
  });
});

describe('isValidFrenchVatNumber', () => {
  it('accepts a numeric-key VAT number, with spaces or in small letters', () => {
    expect(isValidFrenchVatNumber('FR03552081317')).toBe(true);
    expect(isValidFrenchVatNumber('FR 13 542 107 651')).toBe(true);
    expect(isValidFrenchVatNumber('fr44732829320')).toBe(true);
  });

  it('refuses a numeric key that does not match the SIREN', () => {
    expect(isValidFrenchVatNumber('FR04552081317')).toBe(false);
    expect(isValidFrenchVatNumber('FR13552081317')).toBe(false);
  });

  it('refuses a right key on a SIREN whose own check digit is wrong', () => {
    expect(isValidFrenchVatNumber(`FR${expectedKey('123456789')}123456789`)).toBe(false);
  });

  it('accepts a Monaco number, whose 9 digits start with 000, when its key matches', () => {
    expect(isValidFrenchVatNumber(`FR${expectedKey('000123456')}000123456`)).toBe(true);
  });

  it('accepts the shape of a new-style key with letters, I and O excepted', () => {
    expect(isValidFrenchVatNumber('FRK7552081317')).toBe(true);
    expect(isValidFrenchVatNumber('FR7X552081317')).toBe(true);
    expect(isValidFrenchVatNumber('FRI7552081317')).toBe(false);
    expect(isValidFrenchVatNumber('FRO7552081317')).toBe(false);
  });

  it('refuses another country, a missing prefix or a wrong length', () => {
    expect(isValidFrenchVatNumber('DE03552081317')).toBe(false);
    expect(isValidFrenchVatNumber('03552081317')).toBe(false);
    expect(isValidFrenchVatNumber('FR0355208131')).toBe(false);
    expect(isValidFrenchVatNumber('FR035520813170')).toBe(false);
  });

  it('accepts the number computed for any valid SIREN and refuses every other numeric key', () => {
    fc.assert(
      fc.property(validSirens, fc.integer({ min: 1, max: 96 }), (siren, shift) => {
        const key = Number(expectedKey(siren));
        const wrongKey = String((key + shift) % 97).padStart(2, '0');
        return (
          isValidFrenchVatNumber(frenchVatNumberFromSiren(siren) ?? '') &&
          !isValidFrenchVatNumber(`FR${wrongKey}${siren}`)
        );
      }),
    );
  });
});
