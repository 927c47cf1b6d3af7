import { describe, expect, it } from 'vitest';
import { withMaitre } from '../../../src-shared/legal/maitre';

describe('withMaitre', () => {
  it.each([
    ['Paul Lefort', 'Maître Paul Lefort'],
    ['Me Paul Lefort', 'Maître Paul Lefort'],
    ['Me. Lefort', 'Maître Lefort'],
    ['  maître Lefort ', 'Maître Lefort'],
    ['Maitre Lefort', 'Maître Lefort'],
    ['Mélanie Roux', 'Maître Mélanie Roux'],
    ['Mme Roux', 'Maître Mme Roux'],
  ])('writes « %s » as « %s »', (typed, written) => {
    expect(withMaitre(typed)).toBe(written);
  });
});
