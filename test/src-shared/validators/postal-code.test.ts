import { describe, expect, it } from 'vitest';
import {
  ILE_DE_FRANCE_DEPARTEMENTS,
  departementFromPostalCode,
  departementName,
  isValidFrenchPostalCode,
} from '../../../src-shared/validators/postal-code';

describe('isValidFrenchPostalCode', () => {
  it('accepts five-digit codes from 01000 to 98999', () => {
    expect(isValidFrenchPostalCode('75011')).toBe(true);
    expect(isValidFrenchPostalCode('01000')).toBe(true);
    expect(isValidFrenchPostalCode('98999')).toBe(true);
    expect(isValidFrenchPostalCode(' 13001 ')).toBe(true);
  });

  it('refuses codes starting with 00, 96 or 99, which no département has', () => {
    expect(isValidFrenchPostalCode('00999')).toBe(false);
    expect(isValidFrenchPostalCode('00100')).toBe(false);
    expect(isValidFrenchPostalCode('96100')).toBe(false);
    expect(isValidFrenchPostalCode('99000')).toBe(false);
    expect(isValidFrenchPostalCode('99999')).toBe(false);
  });

  it('accepts the overseas and Monaco prefixes on either side of 96', () => {
    expect(isValidFrenchPostalCode('95000')).toBe(true);
    expect(isValidFrenchPostalCode('97400')).toBe(true);
    expect(isValidFrenchPostalCode('98000')).toBe(true);
  });

  it('refuses anything but five digits', () => {
    expect(isValidFrenchPostalCode('7501')).toBe(false);
    expect(isValidFrenchPostalCode('750011')).toBe(false);
    expect(isValidFrenchPostalCode('75 011')).toBe(false);
    expect(isValidFrenchPostalCode('2A004')).toBe(false);
  });
});

describe('departementFromPostalCode', () => {
  it('takes the first two digits in metropolitan France', () => {
    expect(departementFromPostalCode('75011')).toBe('75');
    expect(departementFromPostalCode('01000')).toBe('01');
    expect(departementFromPostalCode('93200')).toBe('93');
  });

  it('splits Corsica at 20200: Corse-du-Sud below, Haute-Corse from there', () => {
    expect(departementFromPostalCode('20000')).toBe('2A');
    expect(departementFromPostalCode('20199')).toBe('2A');
    expect(departementFromPostalCode('20200')).toBe('2B');
    expect(departementFromPostalCode('20600')).toBe('2B');
  });

  it('takes three digits overseas', () => {
    expect(departementFromPostalCode('97110')).toBe('971');
    expect(departementFromPostalCode('97400')).toBe('974');
    expect(departementFromPostalCode('98800')).toBe('988');
  });

  it('returns null for an invalid code', () => {
    expect(departementFromPostalCode('00100')).toBeNull();
    expect(departementFromPostalCode('7501')).toBeNull();
  });
});

describe('ILE_DE_FRANCE_DEPARTEMENTS', () => {
  it('lists the eight départements of Île-de-France with their names', () => {
    expect(ILE_DE_FRANCE_DEPARTEMENTS.map((d) => `${d.code} ${d.name}`)).toEqual([
      '75 Paris',
      '77 Seine-et-Marne',
      '78 Yvelines',
      '91 Essonne',
      '92 Hauts-de-Seine',
      '93 Seine-Saint-Denis',
      '94 Val-de-Marne',
      "95 Val-d'Oise",
    ]);
  });
});

describe('departementName', () => {
  it('names every Île-de-France département as the list does', () => {
    for (const { code, name } of ILE_DE_FRANCE_DEPARTEMENTS) {
      expect(departementName(code)).toBe(name);
    }
  });

  it('names metropolitan, Corsican and overseas départements', () => {
    expect(departementName('01')).toBe('Ain');
    expect(departementName('13')).toBe('Bouches-du-Rhône');
    expect(departementName('2a')).toBe('Corse-du-Sud');
    expect(departementName('2B')).toBe('Haute-Corse');
    expect(departementName('90')).toBe('Territoire de Belfort');
    expect(departementName('974')).toBe('La Réunion');
    expect(departementName('976')).toBe('Mayotte');
  });

  it('names each of the 101 départements and nothing else', () => {
    const metropolitan = Array.from({ length: 95 }, (_, index) =>
      String(index + 1).padStart(2, '0'),
    )
      .filter((code) => code !== '20')
      .concat(['2A', '2B']);
    const overseas = ['971', '972', '973', '974', '976'];
    const named = [...metropolitan, ...overseas].filter((code) => departementName(code) !== null);

    expect(named).toHaveLength(101);
    expect(departementName('20')).toBeNull();
    expect(departementName('975')).toBeNull();
    expect(departementName('988')).toBeNull();
    expect(departementName('96')).toBeNull();
  });

  it('names the département found from a postal code', () => {
    expect(departementName(departementFromPostalCode('20090') ?? '')).toBe('Corse-du-Sud');
    expect(departementName(departementFromPostalCode('97200') ?? '')).toBe('Martinique');
  });
});
