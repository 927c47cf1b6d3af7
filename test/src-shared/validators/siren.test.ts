import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isValidSiren,
  isValidSiret,
  normaliseIdentifier,
  sirenFromSiret,
} from '../../../src-shared/validators/siren';

// An independent Luhn computation: the digit that completes an 8-digit payload, using the table
// of doubled digits rather than the arithmetic the implementation uses.
const DOUBLED = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];
function luhnDigitFor(payload: string): string {
  const digits = [...payload].reverse().map(Number);
  const sum = digits.reduce(
    (total, digit, index) => total + (index % 2 === 0 ? DOUBLED[digit]! : digit),
    0,
  );
  return String((10 - (sum % 10)) % 10);
}

const payloads = fc.integer({ min: 0, max: 99_999_999 }).map((n) => String(n).padStart(8, '0'));

describe('normaliseIdentifier', () => {
  it('removes spaces, dots, dashes and no-break spaces', () => {
    expect(normaliseIdentifier('552 081.317')).toBe('552081317');
    expect(normaliseIdentifier('552-081-317-00\u00a0012')).toBe('55208131700012');
  });

  it('keeps letters so that a validator can refuse them', () => {
    expect(normaliseIdentifier('55208 131A')).toBe('55208131A');
  });
});

describe('isValidSiren', () => {
  it('accepts real SIRENs, written with or without spaces', () => {
    expect(isValidSiren('552081317')).toBe(true);
    expect(isValidSiren('542 107 651')).toBe(true);
    expect(isValidSiren('732.829.320')).toBe(true);
  });

  it('refuses a SIREN whose check digit is wrong', () => {
    expect(isValidSiren('552081318')).toBe(false);
    expect(isValidSiren('123456789')).toBe(false);
  });

  it('refuses anything but 9 digits', () => {
    expect(isValidSiren('55208131')).toBe(false);
    expect(isValidSiren('5520813170')).toBe(false);
    expect(isValidSiren('55208131A')).toBe(false);
    expect(isValidSiren('')).toBe(false);
  });

  it('accepts every 8-digit prefix completed with its Luhn digit', () => {
    fc.assert(fc.property(payloads, (payload) => isValidSiren(payload + luhnDigitFor(payload))));
  });

  it('refuses a valid SIREN in which any one digit is changed', () => {
    fc.assert(
      fc.property(
        payloads,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (payload, position, shift) => {
          const digits = [...(payload + luhnDigitFor(payload))];
          digits[position] = String((Number(digits[position]) + shift) % 10);
          return !isValidSiren(digits.join(''));
        },
      ),
    );
  });
});

describe('isValidSiret', () => {
  it('accepts real SIRETs, written with separators or not', () => {
    expect(isValidSiret('55208131766522')).toBe(true);
    expect(isValidSiret('732 829 320 00074')).toBe(true);
  });

  it('refuses a SIRET whose check digit is wrong', () => {
    expect(isValidSiret('55208131766523')).toBe(false);
  });

  it('refuses a SIRET that passes Luhn over 14 digits but whose SIREN part does not', () => {
    // 123456789 fails its own check; the NIC 00007 makes the 14-digit Luhn sum come out right.
    expect(isValidSiret('12345678900007')).toBe(false);
  });

  it('refuses anything but 14 digits', () => {
    expect(isValidSiret('552081317')).toBe(false);
    expect(isValidSiret('5520813176652')).toBe(false);
    expect(isValidSiret('5520813176652A')).toBe(false);
  });

  it('accepts a La Poste establishment whose digits add up to a multiple of 5', () => {
    expect(isValidSiret('35600000049837')).toBe(true);
  });

  it('refuses a La Poste establishment whose digits do not add up to a multiple of 5', () => {
    expect(isValidSiret('35600000049838')).toBe(false);
  });

  it('accepts the La Poste head office by Luhn although its digits add up to 26', () => {
    expect(isValidSiret('35600000000048')).toBe(true);
  });
});

describe('sirenFromSiret', () => {
  it('returns the first 9 digits of a valid SIRET', () => {
    expect(sirenFromSiret('552 081 317 66522')).toBe('552081317');
  });

  it('returns null for an invalid SIRET', () => {
    expect(sirenFromSiret('55208131766523')).toBeNull();
    expect(sirenFromSiret('552081317')).toBeNull();
  });
});
