import { describe, expect, it } from 'vitest';
import { normaliseNafCode } from '../../../src-shared/validators/naf-code';

describe('normaliseNafCode', () => {
  it('writes the code with a dot and a capital letter however it was typed', () => {
    expect(normaliseNafCode('6202A')).toBe('62.02A');
    expect(normaliseNafCode('62.02a')).toBe('62.02A');
    expect(normaliseNafCode('62.02 A')).toBe('62.02A');
    expect(normaliseNafCode(' 01.11z ')).toBe('01.11Z');
  });

  it('returns null for anything but four digits and a letter', () => {
    expect(normaliseNafCode('62.02')).toBeNull();
    expect(normaliseNafCode('620A')).toBeNull();
    expect(normaliseNafCode('62.02AB')).toBeNull();
    expect(normaliseNafCode('62-02A')).toBeNull();
    expect(normaliseNafCode('')).toBeNull();
  });
});
