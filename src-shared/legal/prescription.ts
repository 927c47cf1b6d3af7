import { addDays, addMonths, addYears, type CalendarDate } from '../dates/calendar-date';
import { formatFrenchDate } from '../dates/french-date';
import type { DebtorKind } from '../domain/debtor';

/** What interrupted the prescription: an acknowledgment of the debt, or a claim in court. */
export type InterruptionKind = 'partial-payment' | 'payment-plan' | 'requete';

/** One interrupting event and its date. */
export interface Interruption {
  date: CalendarDate;
  kind: InterruptionKind;
}

/** An invoice's prescription as of a reference date. */
export interface PrescriptionInput {
  debtorKind: DebtorKind;
  dueDate: CalendarDate;
  interruptions: readonly Interruption[];
  referenceDate: CalendarDate;
}

/** When the claim becomes time-barred, under which rule, and why, in French. */
export interface Prescription {
  years: number;
  rule: string;
  article: string;
  /** The day the current period started: the due date or the last interruption. */
  runsFrom: CalendarDate;
  /** Last day a claim can still be brought. */
  lastDayToAct: CalendarDate;
  /** First day the claim is time-barred. */
  timeBarredFrom: CalendarDate;
  /** Interruptions that came after the period had already run out, so had no effect. */
  lateInterruptions: Interruption[];
  /** True when the claim is time-barred, or will be within six months of the reference date. */
  warning: boolean;
  explanation: string;
}

const RULES = {
  entreprise: {
    years: 5,
    rule: 'Créance entre professionnels : prescription de 5 ans',
    article: 'C. com. art. L110-4',
  },
  particulier: {
    years: 2,
    rule: "Créance d'un professionnel sur un consommateur : prescription de 2 ans",
    article: 'C. conso. art. L218-2',
  },
} as const;

const INTERRUPTIONS: Record<InterruptionKind, { label: string; article: string }> = {
  'partial-payment': { label: 'le paiement partiel', article: 'C. civ. art. 2240' },
  'payment-plan': { label: "l'échéancier signé", article: 'C. civ. art. 2240' },
  requete: { label: 'le dépôt de la requête', article: 'C. civ. art. 2241' },
};

const WARNING_MONTHS = 6;

// An interruption before the end wipes the time run and starts a full new period (C. civ. 2231).
/** When an invoice becomes time-barred: 5 years between professionals, 2 against a consumer. */
export function invoicePrescription(input: PrescriptionInput): Prescription {
  const { years, rule, article } = RULES[input.debtorKind];

  // The starting day is not counted and the period ends on the same date N years later
  // (C. civ. 2228-2229), so the claim is time-barred from the following day.
  let runsFrom = input.dueDate;
  let lastDayToAct = addYears(runsFrom, years);
  const steps: string[] = [];
  const lateInterruptions: Interruption[] = [];
  const byDate = [...input.interruptions].sort((a, b) => a.date.localeCompare(b.date));
  for (const interruption of byDate) {
    if (interruption.date <= runsFrom) continue;
    if (interruption.date > lastDayToAct) {
      lateInterruptions.push(interruption);
      continue;
    }
    runsFrom = interruption.date;
    lastDayToAct = addYears(runsFrom, years);
    const { label, article: interruptionArticle } = INTERRUPTIONS[interruption.kind];
    steps.push(`${label} du ${formatFrenchDate(runsFrom)} (${interruptionArticle})`);
  }
  const timeBarredFrom = addDays(lastDayToAct, 1);

  const sentences = [
    `${rule} (${article}) à compter de l'échéance du ${formatFrenchDate(input.dueDate)}` +
      (steps.length > 0 ? `, interrompue par ${steps.join(', puis par ')}.` : '.'),
  ];
  if (steps.length > 0) {
    sentences.push(
      `Un nouveau délai de ${years} ans court depuis le ${formatFrenchDate(runsFrom)}.`,
    );
  }
  sentences.push(`Dernier jour pour agir : ${formatFrenchDate(lastDayToAct)}.`);
  if (lateInterruptions.length > 0) {
    sentences.push(
      "Les événements postérieurs à la fin du délai ne l'ont pas interrompue : " +
        `${lateInterruptions.map((item) => formatFrenchDate(item.date)).join(', ')}.`,
    );
  }
  if (byDate.some((item) => item.kind === 'requete' && item.date === runsFrom)) {
    sentences.push(
      "La demande en justice interrompt la prescription jusqu'à la fin de l'instance (C. civ. " +
        'art. 2242) : le calcul repart prudemment de la date de dépôt.',
    );
  }

  return {
    years,
    rule,
    article,
    runsFrom,
    lastDayToAct,
    timeBarredFrom,
    lateInterruptions,
    warning: timeBarredFrom <= addMonths(input.referenceDate, WARNING_MONTHS),
    explanation: sentences.join(' '),
  };
}

/** True when the claim can no longer be brought on the given day. */
export function isTimeBarred(result: Prescription, on: CalendarDate): boolean {
  return on >= result.timeBarredFrom;
}
