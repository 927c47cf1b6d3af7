import { describe, expect, it } from 'vitest';
import { countOf, isPlural } from '../../../src-shared/text/french-plural';

describe('countOf', () => {
  it('keeps the noun singular for 0 and 1, as French does', () => {
    expect(countOf(0, 'facture')).toBe('0 facture');
    expect(countOf(1, 'client')).toBe('1 client');
    expect(countOf(2, 'client')).toBe('2 clients');
  });

  it('takes a plural that is not a mere s, and groups thousands the French way', () => {
    expect(countOf(1, 'à-nouveau', 'à-nouveaux')).toBe('1 à-nouveau');
    expect(countOf(12_000, 'à-nouveau', 'à-nouveaux')).toBe('12\u202f000 à-nouveaux');
  });
});

describe('isPlural', () => {
  it('starts at 2, fractions below it included in the singular', () => {
    expect([0, 1, 1.5, 2, -2].map(isPlural)).toEqual([false, false, false, true, true]);
  });
});
