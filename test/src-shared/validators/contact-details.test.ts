import { describe, expect, it } from 'vitest';
import {
  formatFrenchPhone,
  isMobilePhone,
  isValidEmail,
  normaliseFrenchPhone,
} from '../../../src-shared/validators/contact-details';

describe('isValidEmail', () => {
  it('accepts ordinary business addresses', () => {
    expect(isValidEmail('compta@boulangerie-martin.fr')).toBe(true);
    expect(isValidEmail('jean.dupont+relances@exemple.co.uk')).toBe(true);
    expect(isValidEmail('  contact@sarl-durand.com ')).toBe(true);
  });

  it('refuses an address without @, without domain extension or with a space', () => {
    expect(isValidEmail('compta.exemple.fr')).toBe(false);
    expect(isValidEmail('compta@exemple')).toBe(false);
    expect(isValidEmail('jean dupont@exemple.fr')).toBe(false);
    expect(isValidEmail('compta@@exemple.fr')).toBe(false);
    expect(isValidEmail('')).toBe(false);
  });

  it('refuses dots at the edge of the name or doubled', () => {
    expect(isValidEmail('.jean@exemple.fr')).toBe(false);
    expect(isValidEmail('jean.@exemple.fr')).toBe(false);
    expect(isValidEmail('jean..dupont@exemple.fr')).toBe(false);
  });

  it('refuses a domain label that starts or ends with a dash', () => {
    expect(isValidEmail('compta@-exemple.fr')).toBe(false);
    expect(isValidEmail('compta@exemple-.fr')).toBe(false);
  });

  it('refuses an address longer than 254 characters and accepts one of exactly 254', () => {
    expect(isValidEmail(`${'a'.repeat(64)}@${'b'.repeat(187)}.fr`)).toBe(false);
    expect(isValidEmail(`${'a'.repeat(64)}@${'b'.repeat(186)}.fr`)).toBe(true);
  });
});

describe('normaliseFrenchPhone', () => {
  it('turns every usual French writing into the +33 form', () => {
    expect(normaliseFrenchPhone('01 23 45 67 89')).toBe('+33123456789');
    expect(normaliseFrenchPhone('0123456789')).toBe('+33123456789');
    expect(normaliseFrenchPhone('01.23.45.67.89')).toBe('+33123456789');
    expect(normaliseFrenchPhone('+33 1 23 45 67 89')).toBe('+33123456789');
    expect(normaliseFrenchPhone('+33 (0)1 23 45 67 89')).toBe('+33123456789');
    expect(normaliseFrenchPhone('0033 6 12 34 56 78')).toBe('+33612345678');
  });

  it('returns null for a number of the wrong length or from another country', () => {
    expect(normaliseFrenchPhone('01 23 45 67 8')).toBeNull();
    expect(normaliseFrenchPhone('01 23 45 67 890')).toBeNull();
    expect(normaliseFrenchPhone('+32 2 123 45 67')).toBeNull();
    expect(normaliseFrenchPhone('1 23 45 67 89')).toBeNull();
  });

  it('returns null when the digit after the trunk 0 is another 0', () => {
    expect(normaliseFrenchPhone('00 23 45 67 89')).toBeNull();
    expect(normaliseFrenchPhone('+33 0 23 45 67 89')).toBeNull();
  });

  it('returns null for letters', () => {
    expect(normaliseFrenchPhone('01 23 45 67 AB')).toBeNull();
    expect(normaliseFrenchPhone('')).toBeNull();
  });
});

describe('formatFrenchPhone', () => {
  it('writes the number in five pairs starting with 0', () => {
    expect(formatFrenchPhone('+33123456789')).toBe('01 23 45 67 89');
    expect(formatFrenchPhone('+33 (0)6 12 34 56 78')).toBe('06 12 34 56 78');
    expect(formatFrenchPhone('0987654321')).toBe('09 87 65 43 21');
  });

  it('returns null for a number it cannot read', () => {
    expect(formatFrenchPhone('12 34')).toBeNull();
  });
});

describe('isMobilePhone', () => {
  it('is true for numbers starting with 06 or 07, however written', () => {
    expect(isMobilePhone('06 12 34 56 78')).toBe(true);
    expect(isMobilePhone('+33 7 12 34 56 78')).toBe(true);
  });

  it('is false for landlines, other services and unreadable numbers', () => {
    expect(isMobilePhone('01 23 45 67 89')).toBe(false);
    expect(isMobilePhone('09 12 34 56 78')).toBe(false);
    expect(isMobilePhone('08 00 12 34 56')).toBe(false);
    expect(isMobilePhone('06 12 34')).toBe(false);
  });
});
