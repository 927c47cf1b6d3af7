import { addDays, type CalendarDate } from '../dates/calendar-date';
import { nextBusinessDay } from '../dates/french-holidays';
import { formatEuros } from '../money/format-amount';
import type { Cents } from '../money/cents';
import type { TemplateValues } from './template-fields';

/** What came of a call; each outcome decides what happens next. */
export type CallOutcome = 'pas_de_reponse' | 'promesse' | 'litige' | 'mauvais_contact' | 'paye';

export const CALL_OUTCOMES: readonly CallOutcome[] = [
  'pas_de_reponse',
  'promesse',
  'litige',
  'mauvais_contact',
  'paye',
];

export const CALL_OUTCOME_LABELS: Record<CallOutcome, string> = {
  pas_de_reponse: 'Pas de réponse',
  promesse: 'Promesse de paiement',
  litige: 'Litige soulevé',
  mauvais_contact: 'Mauvais interlocuteur ou numéro',
  paye: 'Le client déclare avoir payé',
};

/** What the app does after each outcome, as the call screen tells the user beforehand. */
export const CALL_OUTCOME_EFFECTS: Record<CallOutcome, string> = {
  pas_de_reponse: 'L’appel reste à faire : il revient dans l’agenda dans 2 jours ouvrés.',
  promesse:
    'La promesse suspend la relance jusqu’à sa date ; si le paiement n’arrive pas, ' +
    'la relance reprend le lendemain.',
  litige:
    'Un litige est ouvert : les factures concernées sortent de la relance jusqu’à sa clôture.',
  mauvais_contact: 'L’étape est faite ; mettez à jour les coordonnées, la suite du plan reprend.',
  paye: 'L’étape est faite ; vérifiez l’arrivée du règlement, la relance reprendra s’il manque.',
};

/** The day an unanswered call comes back: two working days later. */
export function callBackOn(today: CalendarDate): CalendarDate {
  return nextBusinessDay(addDays(nextBusinessDay(addDays(today, 1)), 1));
}

/** One usual objection and what to answer. */
export interface ObjectionAnswer {
  objection: string;
  answer: string;
}

/** A split of an amount in equal monthly installments; the cents left over go on the first. */
export function evenInstallments(totalCents: Cents, count: number): Cents[] {
  const base = Math.floor(totalCents / count);
  const parts = Array.from({ length: count }, () => base);
  parts[0] = (parts[0] ?? 0) + (totalCents - base * count);
  return parts;
}

/** The answers ready for the usual objections, with this debtor's figures. */
export function objectionAnswers(values: TemplateValues, amountCents: Cents): ObjectionAnswer[] {
  const three = evenInstallments(amountCents, 3);
  return [
    {
      objection: '« C’est déjà payé. »',
      answer:
        'Demandez la date, le montant et le mode du règlement (référence du virement, n° de ' +
        `chèque). S’il n’apparaît pas au dossier, demandez la preuve par e-mail à ` +
        `${values.email_entreprise || 'votre adresse'} et choisissez l’issue « déclare avoir ` +
        `payé ».`,
    },
    {
      objection: '« Nous contestons la facture. »',
      answer:
        'Faites préciser le motif (prix, qualité, livraison…) et les factures concernées, puis ' +
        'choisissez l’issue « litige » : ces factures sortent de la relance. Les autres restent ' +
        'dues et la relance continue pour elles.',
    },
    {
      objection: '« Nous avons des difficultés de trésorerie. »',
      answer:
        `Proposez un échéancier : par exemple 3 mensualités ` +
        `(${three.map(formatEuros).join(', ')}) ` +
        'avec un premier versement rapide. Obtenez une date et un montant, et choisissez ' +
        '« promesse de paiement » ; créez ensuite l’échéancier depuis le dossier.',
    },
    {
      objection: '« Renvoyez-moi la facture. »',
      answer:
        'Confirmez l’adresse e-mail du service comptable, envoyez aussitôt les factures avec le ' +
        'relevé de compte, et obtenez une date de paiement avant de raccrocher.',
    },
    {
      objection: '« La personne qui s’en occupe est absente. »',
      answer:
        'Demandez son nom, sa ligne directe et le meilleur moment pour rappeler ; notez-les ' +
        'dans les contacts et choisissez « pas de réponse » pour que l’appel revienne.',
    },
  ];
}

/** The talking points of the call: the step's own text, then the figures to have in mind. */
export function callTalkingPoints(body: string, values: TemplateValues): string[] {
  const own = body
    .split('\n')
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
    .filter((line) => line !== '');
  return [
    ...own,
    `Montant à obtenir : ${values.montant_du} (${values.nombre_factures} facture(s), ` +
      `la plus ancienne échue depuis ${values.jours_retard} jours).`,
    `Paiement attendu au plus tard le ${values.date_limite}, par virement : ` +
      `${values.coordonnees_bancaires}.`,
  ];
}
