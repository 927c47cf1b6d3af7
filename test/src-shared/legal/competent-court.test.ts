import { describe, expect, it } from 'vitest';
import {
  competentCourt,
  type CompetentCourtInput,
} from '../../../src-shared/legal/competent-court';
import { withUserCourtAddresses } from '../../../src-shared/legal/court-rows';
import { shippedCourts } from './shipped-assets';

const courts = shippedCourts();

function find(input: Omit<CompetentCourtInput, 'courts'>) {
  return competentCourt({ ...input, courts });
}

describe('competentCourt for a commercial claim', () => {
  it.each([
    ['75011', 'Paris', 'tae', 'Tribunal des activités économiques de Paris'],
    ['92000', 'Nanterre', 'tae', 'Tribunal des activités économiques de Nanterre'],
    ['78000', 'Versailles', 'tae', 'Tribunal des activités économiques de Versailles'],
    ['93100', 'Montreuil', 'tc', 'Tribunal de commerce de Bobigny'],
    ['94000', 'Créteil', 'tc', 'Tribunal de commerce de Créteil'],
    ['91000', 'Évry-Courcouronnes', 'tc', "Tribunal de commerce d'Évry"],
    ['95000', 'Cergy', 'tc', 'Tribunal de commerce de Pontoise'],
  ])('sends a debtor seated in %s %s to the %s: %s', (postalCode, city, kind, name) => {
    const result = find({ postalCode, city, nature: 'commercial' });

    expect(result.status === 'found' && [result.court.kind, result.court.name]).toEqual([
      kind,
      name,
    ]);
    expect(result.status === 'found' && result.cerfa.number).toBe('12946*02');
  });

  it('explains the choice in French, naming the rule and the place of the seat', () => {
    const result = find({ postalCode: '94000', city: 'Créteil', nature: 'commercial' });

    expect(result.status === 'found' && result.explanation).toBe(
      'Créance commerciale entre commerçants : compétence du président du tribunal de commerce ' +
        '(CPC art. 1406), lieu du siège du débiteur : Créteil (94). Juridiction : Tribunal de ' +
        'commerce de Créteil.',
    );
  });

  it('says a TAE replaces the tribunal de commerce in Paris, Nanterre and Versailles', () => {
    const result = find({ postalCode: '92200', city: 'Neuilly-sur-Seine', nature: 'commercial' });

    expect(result.status === 'found' && result.explanation).toContain(
      'tribunal des activités économiques, qui remplace le tribunal de commerce',
    );
  });

  it('asks to choose between TC Meaux and TC Melun for a debtor in Seine-et-Marne', () => {
    const result = find({ postalCode: '77500', city: 'Chelles', nature: 'commercial' });

    expect(result.status).toBe('choose');
    expect(result.status === 'choose' && result.candidates.map((court) => court.name)).toEqual([
      'Tribunal de commerce de Meaux',
      'Tribunal de commerce de Melun',
    ]);
    expect(result.status === 'choose' && result.reason).toContain('Chelles (77)');
  });
});

describe('competentCourt for a civil claim', () => {
  it.each([
    ['75017', 'Paris', 'Tribunal judiciaire de Paris'],
    ['92130', 'Issy-les-Moulineaux', 'Tribunal judiciaire de Nanterre'],
    ['78100', 'Saint-Germain-en-Laye', 'Tribunal judiciaire de Versailles'],
    ['93200', 'Saint-Denis', 'Tribunal judiciaire de Bobigny'],
    ['94300', 'Vincennes', 'Tribunal judiciaire de Créteil'],
    ['91300', 'Massy', "Tribunal judiciaire d'Évry"],
    ['95100', 'Argenteuil', 'Tribunal judiciaire de Pontoise'],
  ])('sends a debtor living in %s %s to the %s', (postalCode, city, name) => {
    const result = find({ postalCode, city, nature: 'civil' });

    expect(result.status === 'found' && result.court.name).toBe(name);
    expect(result.status === 'found' && result.judge).toBe('tj');
    expect(result.status === 'found' && result.cerfa.number).toBe('12948*06');
    expect(result.status === 'found' && result.explanation).toContain(
      `Créance civile : compétence du président du tribunal judiciaire (CPC art. 1406), lieu du ` +
        `domicile du débiteur : ${city} (${postalCode.slice(0, 2)}).`,
    );
  });

  it('asks to choose among Meaux, Melun and Fontainebleau for a debtor in Seine-et-Marne', () => {
    const result = find({ postalCode: '77140', city: 'Nemours', nature: 'civil' });

    expect(result.status === 'choose' && result.candidates.map((court) => court.seat)).toEqual([
      'Meaux',
      'Melun',
      'Fontainebleau',
    ]);
    expect(result.status === 'choose' && result.reason).toContain(
      'Liste des juridictions compétentes pour les communes de France',
    );
  });

  it('warns that an address is not verified, and stops once the user has entered it', () => {
    const shipped = find({ postalCode: '94300', city: 'Vincennes', nature: 'civil' });
    const completed = competentCourt({
      postalCode: '94300',
      city: 'Vincennes',
      nature: 'civil',
      courts: withUserCourtAddresses(courts, [
        { code: 'tj94028', address: 'Adresse saisie dans les réglages, 94000 Créteil' },
      ]),
    });

    expect(shipped.status === 'found' && shipped.caveats.join(' ')).toContain("n'est pas vérifiée");
    expect(completed.status === 'found' && completed.court.address).toBe(
      'Adresse saisie dans les réglages, 94000 Créteil',
    );
    expect(completed.status === 'found' && completed.caveats).toEqual([]);
  });
});

describe('competentCourt for a matter of the juge des contentieux de la protection', () => {
  it('names the JCP of the TJ, its Cerfa, and the tribunal de proximité caveat', () => {
    const result = find({ postalCode: '75017', city: 'Paris', nature: 'protection' });

    expect(result.status === 'found' && result.judge).toBe('jcp');
    expect(result.status === 'found' && result.cerfa.number).toBe('16040*01');
    expect(result.status === 'found' && result.explanation).toContain(
      'Juridiction : juge des contentieux de la protection du tribunal judiciaire de Paris.',
    );
    expect(result.status === 'found' && result.caveats.join(' ')).toContain(
      'tribunal de proximité',
    );
  });
});

describe('competentCourt with a remembered Seine-et-Marne choice', () => {
  const melunChoice = {
    inseeCode: '77407',
    postalCode: '77310',
    city: 'Saint-Fargeau-Ponthierry',
    courtCode: 'tj77288',
  };

  it('uses the TJ remembered for that commune, found by INSEE code', () => {
    const result = find({
      postalCode: '77310',
      city: 'Saint-Fargeau-Ponthierry',
      inseeCode: '77407',
      nature: 'civil',
      rememberedChoices: [melunChoice],
    });

    expect(result.status === 'found' && result.court.name).toBe('Tribunal judiciaire de Melun');
    expect(result.status === 'found' && result.explanation).toContain('votre choix précédent');
  });

  it('finds the choice by postal code and city written the La Poste way', () => {
    const result = find({
      postalCode: '77310',
      city: 'ST FARGEAU PONTHIERRY',
      nature: 'commercial',
      rememberedChoices: [{ ...melunChoice, inseeCode: null }],
    });

    expect(result.status === 'found' && result.court.name).toBe('Tribunal de commerce de Melun');
  });

  it('derives TC Melun from a remembered TJ Fontainebleau', () => {
    const result = find({
      postalCode: '77140',
      city: 'Nemours',
      nature: 'commercial',
      rememberedChoices: [
        { inseeCode: null, postalCode: '77140', city: 'Nemours', courtCode: 'tj77186' },
      ],
    });

    expect(result.status === 'found' && result.court.code).toBe('7702');
  });

  it('still asks between Melun and Fontainebleau when only TC Melun was remembered', () => {
    const result = find({
      postalCode: '77140',
      city: 'Nemours',
      nature: 'civil',
      rememberedChoices: [
        { inseeCode: null, postalCode: '77140', city: 'Nemours', courtCode: '7702' },
      ],
    });

    expect(result.status === 'choose' && result.candidates.map((court) => court.seat)).toEqual([
      'Melun',
      'Fontainebleau',
    ]);
  });

  it('ignores a choice remembered for another commune', () => {
    const result = find({
      postalCode: '77500',
      city: 'Chelles',
      nature: 'civil',
      rememberedChoices: [melunChoice],
    });

    expect(result.status).toBe('choose');
  });
});

describe('competentCourt in a commune that is the seat of a tribunal judiciaire', () => {
  it.each([
    ['77100', 'Meaux', 'Tribunal judiciaire de Meaux', 'Tribunal de commerce de Meaux'],
    ['77000', 'Melun', 'Tribunal judiciaire de Melun', 'Tribunal de commerce de Melun'],
    [
      '77300',
      'FONTAINEBLEAU',
      'Tribunal judiciaire de Fontainebleau',
      'Tribunal de commerce de Melun',
    ],
  ])('decides %s %s: %s, and %s for a commercial claim', (postalCode, city, civil, commercial) => {
    const judicial = find({ postalCode, city, nature: 'civil' });
    const trade = find({ postalCode, city, nature: 'commercial' });

    expect(judicial.status === 'found' && judicial.court.name).toBe(civil);
    expect(trade.status === 'found' && trade.court.name).toBe(commercial);
    expect(judicial.status === 'found' && judicial.fromRememberedChoice).toBe(false);
  });

  it('says why: the commune is the seat of the court, so it lies in its ressort', () => {
    const result = find({ postalCode: '77300', city: 'Fontainebleau', nature: 'civil' });

    expect(result.status === 'found' && result.explanation).toContain(
      'Fontainebleau est le siège du tribunal judiciaire de Fontainebleau : la commune relève ' +
        'de son ressort.',
    );
  });

  it('follows the data over a choice kept for the seat commune before', () => {
    const result = find({
      postalCode: '77100',
      city: 'Meaux',
      nature: 'civil',
      rememberedChoices: [
        { inseeCode: null, postalCode: '77100', city: 'Meaux', courtCode: 'tj77288' },
      ],
    });

    expect(result.status === 'found' && result.court.name).toBe('Tribunal judiciaire de Meaux');
    expect(result.status === 'found' && result.explanation).not.toContain('choix précédent');
  });
});

describe('competentCourt outside what the data covers', () => {
  it('leaves a debtor outside Île-de-France to a manual search, saying why', () => {
    const result = find({ postalCode: '69003', city: 'Lyon', nature: 'commercial' });

    expect(result.status).toBe('manual');
    expect(result.status === 'manual' && result.reason).toContain(
      "situé hors d'Île-de-France (département 69)",
    );
  });

  it('asks to correct a postal code that does not exist', () => {
    const result = find({ postalCode: '7501', city: 'Paris', nature: 'civil' });

    expect(result.status === 'manual' && result.reason).toContain("« 7501 » n'est pas valide");
  });

  it('trusts the INSEE code over a postal code from the next département', () => {
    const result = find({
      postalCode: '75012',
      city: 'Vincennes',
      inseeCode: '94080',
      nature: 'civil',
    });

    expect(result.status === 'found' && result.court.name).toBe('Tribunal judiciaire de Créteil');
  });
});
