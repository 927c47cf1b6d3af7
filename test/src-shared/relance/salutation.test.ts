import { describe, expect, it } from 'vitest';
import { civilityOf, openingSalutation } from '../../../src-shared/relance/salutation';

describe('civilityOf', () => {
  it('reads the civility a name starts with', () => {
    expect(civilityOf('Mme Aurélie Durand')).toBe('Madame');
    expect(civilityOf('Madame Léa Petit')).toBe('Madame');
    expect(civilityOf('M. Paul Petit')).toBe('Monsieur');
    expect(civilityOf('Monsieur Paul Petit')).toBe('Monsieur');
  });

  it('does not take a first name for a civility', () => {
    expect(civilityOf('Marie Petit')).toBeNull();
    expect(civilityOf('Mathieu Roux')).toBeNull();
  });
});

describe('openingSalutation', () => {
  it('greets a named private person by name when the civility is unknown', () => {
    expect(openingSalutation('particulier', 'Léa Petit', null)).toBe('Bonjour Léa Petit');
  });

  it('says « Madame » or « Monsieur » when the name tells', () => {
    expect(openingSalutation('particulier', 'M. Paul Petit', null)).toBe('Monsieur');
    expect(openingSalutation('entreprise', 'Garage Martin', 'Mme Aurélie Durand')).toBe('Madame');
  });

  it('keeps « Madame, Monsieur » for a business', () => {
    expect(openingSalutation('entreprise', 'Garage Martin', null)).toBe('Madame, Monsieur');
    expect(openingSalutation('entreprise', 'Garage Martin', 'Paul Durand')).toBe(
      'Madame, Monsieur',
    );
  });
});
