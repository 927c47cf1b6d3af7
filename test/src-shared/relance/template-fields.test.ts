import { describe, expect, it } from 'vitest';
import {
  renderTemplate,
  templateProblems,
  TEMPLATE_FIELDS,
  usedFields,
  type TemplateValues,
} from '../../../src-shared/relance/template-fields';

const values = Object.fromEntries(
  Object.keys(TEMPLATE_FIELDS).map((name) => [name, `<${name}>`]),
) as TemplateValues;

describe('templateProblems', () => {
  it('accepts a template using only known fields, spaces inside the braces included', () => {
    expect(templateProblems('Bonjour {{contact}}, il reste {{ montant_du }} à régler.')).toEqual(
      [],
    );
  });

  it('names an unknown field once, however often it appears', () => {
    expect(templateProblems('{{montant}} et encore {{montant}}')).toEqual([
      'Le champ {{montant}} n’existe pas : choisissez-le dans la liste des champs.',
    ]);
  });

  it('refuses braces left open', () => {
    expect(templateProblems('Montant : {{montant_du')).toEqual([
      'Des accolades {{ ou }} ne sont pas refermées : écrivez les champs {{champ}}.',
    ]);
  });

  it('refuses an empty field', () => {
    expect(templateProblems('Bonjour {{ }}')[0]).toContain('champ vide');
  });
});

describe('renderTemplate', () => {
  it('replaces every field with its value and leaves the rest of the text alone', () => {
    expect(
      renderTemplate('Total {{montant_du}} au {{ date_limite }} ({{montant_du}})', values),
    ).toBe('Total <montant_du> au <date_limite> (<montant_du>)');
  });

  it('lists the fields used, in order of first appearance', () => {
    expect(usedFields('{{debiteur}} {{montant_du}} {{debiteur}} {{inconnu}}')).toEqual([
      'debiteur',
      'montant_du',
    ]);
  });
});
