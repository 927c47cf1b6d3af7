import { addMonths, daysBetween, type CalendarDate } from '../dates/calendar-date';
import { formatFrenchDate } from '../dates/french-date';
import { nextBusinessDay } from '../dates/french-holidays';
import type { ProcedureDeadline, ProcedureStep, ProcedureStepKind } from '../domain/legal-case';

/** How many days ahead a deadline turns from « info » to « warning ». */
export const DEADLINE_WARNING_DAYS = 30;

// CPC 1411: « L'ordonnance portant injonction de payer est non avenue si elle n'a pas été
// signifiée dans les six mois de sa date. »
const SERVICE_MONTHS = 6;
// CPC 1416: opposition within one month of the signification.
const OPPOSITION_MONTHS = 1;

type Step = Pick<ProcedureStep, 'kind' | 'occurredOn' | 'deadlineOn' | 'cancelledAt'>;

/** The deadlines that follow from a case's steps, as of `today`, most urgent first. */
export function procedureDeadlines(
  steps: readonly Step[],
  today: CalendarDate,
): ProcedureDeadline[] {
  const live = steps
    .filter((step) => step.cancelledAt === null)
    .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  const last = (kind: ProcedureStepKind) => live.filter((step) => step.kind === kind).at(-1);
  const after = (kind: ProcedureStepKind, date: CalendarDate) =>
    live.some((step) => step.kind === kind && step.occurredOn >= date);
  if (last('paiement_recu')) return [];

  const deadlines: ProcedureDeadline[] = [];
  const letter = last('mise_en_demeure_envoyee');
  if (letter?.deadlineOn && !after('requete_deposee', letter.occurredOn)) {
    deadlines.push(paymentDeadline(letter.deadlineOn, today));
  }

  const requete = last('requete_deposee');
  const ordonnance = last('ordonnance_rendue');
  if (requete && !ordonnance && !after('requete_rejetee', requete.occurredOn)) {
    deadlines.push({
      kind: 'attente',
      dueOn: null,
      level: 'info',
      message:
        `Requête déposée le ${formatFrenchDate(requete.occurredOn)} : en attente de ` +
        "l'ordonnance du juge. Enregistrez-la dès réception : le délai de six mois pour la " +
        'signifier court à compter de sa date.',
    });
  }
  if (ordonnance && !after('ordonnance_signifiee', ordonnance.occurredOn)) {
    deadlines.push(serviceDeadline(ordonnance.occurredOn, today));
  }

  const served = last('ordonnance_signifiee');
  const settled =
    served &&
    (after('opposition_formee', served.occurredOn) ||
      after('delai_opposition_expire', served.occurredOn));
  if (served && !settled) deadlines.push(oppositionDeadline(served.occurredOn, today));

  const rank = { danger: 0, warning: 1, info: 2 } as const;
  return deadlines.sort((a, b) => rank[a.level] - rank[b.level]);
}

/** Last day to serve an ordonnance (CPC 1411), counted strictly: no extension is assumed. */
export function serviceDeadlineOf(ordonnanceDate: CalendarDate): CalendarDate {
  return addMonths(ordonnanceDate, SERVICE_MONTHS);
}

// CPC 642: a deadline falling on a Saturday, Sunday or public holiday runs to the next working
// day. It lengthens the debtor's time, so the creditor waits until then.
/** Last day the debtor may oppose an ordonnance served on `servedOn` (CPC 1416 and 642). */
export function oppositionDeadlineOf(servedOn: CalendarDate): CalendarDate {
  return nextBusinessDay(addMonths(servedOn, OPPOSITION_MONTHS));
}

function paymentDeadline(dueOn: CalendarDate, today: CalendarDate): ProcedureDeadline {
  if (today > dueOn) {
    return {
      kind: 'paiement',
      dueOn,
      level: 'warning',
      message:
        `Le délai de paiement de la mise en demeure a expiré le ${formatFrenchDate(dueOn)} : ` +
        'sans règlement, préparez la requête en injonction de payer.',
    };
  }
  return {
    kind: 'paiement',
    dueOn,
    level: 'info',
    message: `Le débiteur a jusqu'au ${formatFrenchDate(dueOn)} pour payer (mise en demeure).`,
  };
}

function serviceDeadline(ordonnanceDate: CalendarDate, today: CalendarDate): ProcedureDeadline {
  const dueOn = serviceDeadlineOf(ordonnanceDate);
  if (today > dueOn) {
    return {
      kind: 'signification',
      dueOn,
      level: 'danger',
      message:
        `L'ordonnance du ${formatFrenchDate(ordonnanceDate)} n'a pas été signifiée avant le ` +
        `${formatFrenchDate(dueOn)} : elle est non avenue (CPC art. 1411). Une nouvelle ` +
        'requête est nécessaire.',
    };
  }
  const left = daysBetween(today, dueOn);
  return {
    kind: 'signification',
    dueOn,
    level: left <= DEADLINE_WARNING_DAYS ? 'warning' : 'info',
    message:
      `Faire signifier l'ordonnance par un commissaire de justice au plus tard le ` +
      `${formatFrenchDate(dueOn)} (six mois après sa date, CPC art. 1411), encore ` +
      `${left} jour${left > 1 ? 's' : ''}.`,
  };
}

function oppositionDeadline(servedOn: CalendarDate, today: CalendarDate): ProcedureDeadline {
  const dueOn = oppositionDeadlineOf(servedOn);
  if (today > dueOn) {
    return {
      kind: 'opposition',
      dueOn,
      level: 'warning',
      message:
        `Le délai d'opposition a expiré le ${formatFrenchDate(dueOn)} : enregistrez « délai ` +
        "d'opposition expiré » puis confiez l'exécution au commissaire de justice.",
    };
  }
  return {
    kind: 'opposition',
    dueOn,
    level: 'info',
    message:
      `Le débiteur peut former opposition jusqu'au ${formatFrenchDate(dueOn)} (un mois après ` +
      "la signification, CPC art. 1416) ; l'ordonnance ne peut pas être exécutée avant. Si " +
      "elle n'a pas été signifiée à personne, le délai court du premier acte signifié à " +
      'personne.',
  };
}
