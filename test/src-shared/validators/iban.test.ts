import { describe, expect, it } from 'vitest';
import { formatIban, isValidIban, normaliseIban } from '../../../src-shared/validators/iban';

describe('normaliseIban', () => {
  it('removes spaces and writes letters in capitals', () => {
    expect(normaliseIban(' fr14 2004 1010 0505 0001 3m02 606 ')).toBe(
      'FR1420041010050500013M02606',
    );
  });
});

describe('isValidIban', () => {
  it('accepts French IBANs as printed on a RIB, with a letter in the account number', () => {
    expect(isValidIban('FR14 2004 1010 0505 0001 3M02 606')).toBe(true);
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
  });

  it('accepts an IBAN typed without spaces or in small letters', () => {
    expect(isValidIban('fr1420041010050500013m02606')).toBe(true);
  });

  it('refuses an IBAN with two digits swapped', () => {
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 198')).toBe(false);
  });

  it('refuses an IBAN with one character changed', () => {
    expect(isValidIban('FR14 2004 1010 0505 0001 3M02 605')).toBe(false);
    expect(isValidIban('FR15 2004 1010 0505 0001 3M02 606')).toBe(false);
  });

  it('refuses a French IBAN that is not 27 characters long', () => {
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 18')).toBe(false);
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 1890')).toBe(false);
  });

  it('refuses text that is not shaped as an IBAN', () => {
    expect(isValidIban('')).toBe(false);
    expect(isValidIban('7630006000011234567890189')).toBe(false);
    expect(isValidIban('FR7630006000011234567890189!')).toBe(false);
  });

  it('accepts a foreign IBAN whose checksum is right', () => {
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('DE89 3704 0044 0532 0130 01')).toBe(false);
  });
});

describe('formatIban', () => {
  it('writes the IBAN in groups of four, the last group shorter', () => {
    expect(formatIban('fr1420041010050500013m02606')).toBe('FR14 2004 1010 0505 0001 3M02 606');
  });

  it('regroups an IBAN typed with irregular spaces', () => {
    expect(formatIban('FR763000 60000112 345678 90189')).toBe('FR76 3000 6000 0112 3456 7890 189');
  });
});
