import { describe, expect, it } from 'vitest';
import { withDe } from '../../../src-shared/text/french-elision';

describe('withDe', () => {
  it('elides « de » before a vowel, accented or not', () => {
    expect(withDe('Aurélie Durand')).toBe('d’Aurélie Durand');
    expect(withDe('Émile Roux')).toBe('d’Émile Roux');
    expect(withDe('Œuvre sociale')).toBe('d’Œuvre sociale');
  });

  it('elides before the mute h of a name', () => {
    expect(withDe('Hélène Martin')).toBe('d’Hélène Martin');
  });

  it('elides before a y followed by a consonant only', () => {
    expect(withDe('Yves Petit')).toBe('d’Yves Petit');
    expect(withDe('Yann Le Goff')).toBe('de Yann Le Goff');
  });

  it('keeps « de » before a consonant or a civility', () => {
    expect(withDe('Paul Durand')).toBe('de Paul Durand');
    expect(withDe('Mme Aurélie Durand')).toBe('de Mme Aurélie Durand');
  });
});
