import { describe, expect, it } from 'vitest';
import {
  callBackOn,
  callTalkingPoints,
  evenInstallments,
  objectionAnswers,
} from '../../../src-shared/relance/call-script';
import { TEMPLATE_FIELDS, type TemplateValues } from '../../../src-shared/relance/template-fields';
import { plainSpaces } from '../../support/plain-spaces';

const values = {
  ...Object.fromEntries(Object.keys(TEMPLATE_FIELDS).map((name) => [name, ''])),
  montant_du: '1 000,00 €',
  nombre_factures: '2',
  jours_retard: '44',
  date_limite: '11 décembre 2026',
  coordonnees_bancaires: 'IBAN FR76 3000 6000 0112 3456 7890 189',
  email_entreprise: 'compta@atelier.fr',
} as TemplateValues;

describe('evenInstallments', () => {
  it('splits an amount in equal parts, the cents left over on the first', () => {
    expect(evenInstallments(100_000, 3)).toEqual([33_334, 33_333, 33_333]);
    expect(evenInstallments(100_000, 3).reduce((a, b) => a + b, 0)).toBe(100_000);
  });
});

describe('objectionAnswers', () => {
  it('answers the usual objections, offering a plan in three installments of this debt', () => {
    const answers = objectionAnswers(values, 100_000);

    expect(answers.map((answer) => answer.objection)).toEqual([
      '« C’est déjà payé. »',
      '« Nous contestons la facture. »',
      '« Nous avons des difficultés de trésorerie. »',
      '« Renvoyez-moi la facture. »',
      '« La personne qui s’en occupe est absente. »',
    ]);
    expect(plainSpaces(answers[2]!.answer)).toContain('333,34 €, 333,33 €, 333,33 €');
    expect(answers[0]!.answer).toContain('compta@atelier.fr');
  });
});

describe('callTalkingPoints', () => {
  it('lists the step’s own points, then the amount, the deadline and the bank details', () => {
    const points = callTalkingPoints('- Se présenter\n\n• Rappeler la facture', values);

    expect(points[0]).toBe('Se présenter');
    expect(points[1]).toBe('Rappeler la facture');
    expect(points[2]).toBe(
      'Montant à obtenir : 1 000,00 € (2 facture(s), la plus ancienne échue depuis 44 jours).',
    );
    expect(points[3]).toContain('11 décembre 2026');
  });
});

describe('callBackOn', () => {
  it('brings an unanswered call back two working days later, over weekends and holidays', () => {
    expect(callBackOn('2026-12-03')).toBe('2026-12-07');
    expect(callBackOn('2026-12-23')).toBe('2026-12-28');
    expect(callBackOn('2026-12-01')).toBe('2026-12-03');
  });
});
