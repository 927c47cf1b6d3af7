import { describe, expect, it } from 'vitest';
import { describeArgumentPath } from '../../../src-shared/ipc/argument-labels';

describe('describeArgumentPath', () => {
  it('names a known field in words, leaving out the input wrapper', () => {
    expect(describeArgumentPath(['input', 'amountExclTaxCents'])).toBe('montant HT');
    expect(describeArgumentPath(['id'])).toBe('identifiant');
  });

  it('counts list lines from one and puts them after the field', () => {
    expect(describeArgumentPath(['input', 'allocations', 0, 'amountCents'])).toBe(
      'montant (affectation n° 1)',
    );
    expect(describeArgumentPath(['input', 'tags', 3])).toBe('étiquette n° 4');
  });

  it('quotes a field it has no words for, and names the argument when there is no path', () => {
    expect(describeArgumentPath(['input', 'colour'])).toBe('« colour »');
    expect(describeArgumentPath([])).toBe('argument');
  });
});
