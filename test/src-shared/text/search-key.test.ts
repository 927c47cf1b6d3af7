import { describe, expect, it } from 'vitest';
import { searchQueryForms, toSearchKey } from '../../../src-shared/text/search-key';

describe('toSearchKey', () => {
  it('folds case, accents and punctuation', () => {
    expect(toSearchKey(' Société Générale — Café ')).toBe('societe generale cafe');
  });
});

describe('searchQueryForms', () => {
  it('joins the digit groups of a SIREN typed with spaces', () => {
    expect(searchQueryForms('398 495 911')).toEqual(['398 495 911', '398495911']);
  });

  it('joins the groups of a SIRET typed with spaces or dots', () => {
    expect(searchQueryForms('398.495.911 00013')).toEqual(['398 495 911 00013', '39849591100013']);
  });

  it('joins only digits, keeping the words of the query apart', () => {
    expect(searchQueryForms('Dupont 552 081 317')).toEqual([
      'dupont 552 081 317',
      'dupont 552081317',
    ]);
  });

  it('gives the folded query alone when it has no digit groups', () => {
    expect(searchQueryForms('Créteil')).toEqual(['creteil']);
    expect(searchQueryForms('Client 00001')).toEqual(['client 00001']);
    expect(searchQueryForms('')).toEqual(['']);
  });
});
