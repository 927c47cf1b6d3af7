import type { CalendarDate } from '../dates/calendar-date';
import { formatFrenchDate } from '../dates/french-date';
import type { DebtorKind } from '../domain/debtor';
import type { Cents } from '../money/cents';

/** The indemnity owed on one invoice, with the sentence that justifies it. */
export interface RecoveryIndemnity {
  amountCents: Cents;
  explanation: string;
}

// C. com. D441-5: « fixé à 40 euros », owed for each invoice paid late (CJUE C-78/22).
const INDEMNITY_CENTS = 4000;

// D441-5 was created by décret n° 2012-1115 du 2 octobre 2012, in force on 1 January 2013
// (JORFTEXT000026453427; reference notes § 1.2). An invoice due before that day owes none,
// even if it is still unpaid: the debtor's lateness started before the text existed.
/** The first due date that can carry the indemnity: D441-5 is in force from 1 January 2013. */
export const INDEMNITY_IN_FORCE_FROM: CalendarDate = '2013-01-01';

/** The 40 € recovery indemnity of one invoice paid late by a professional (C. com. D441-5). */
export function recoveryIndemnity(input: {
  debtorKind: DebtorKind;
  dueDate: CalendarDate;
  /** Day the invoice was paid off, or null while something is still open. */
  settledOn: CalendarDate | null;
  computedOn: CalendarDate;
}): RecoveryIndemnity {
  if (input.debtorKind === 'particulier') {
    return {
      amountCents: 0,
      explanation:
        "Pas d'indemnité forfaitaire pour frais de recouvrement : elle n'est due que par un " +
        'professionnel, jamais par un particulier.',
    };
  }

  const late = (input.settledOn ?? input.computedOn) > input.dueDate;
  if (!late) {
    return {
      amountCents: 0,
      explanation:
        "Pas d'indemnité forfaitaire pour frais de recouvrement : la facture n'est pas " +
        'payée en retard.',
    };
  }
  if (input.dueDate < INDEMNITY_IN_FORCE_FROM) {
    return {
      amountCents: 0,
      explanation:
        "Pas d'indemnité forfaitaire pour frais de recouvrement : la facture était échue le " +
        `${formatFrenchDate(input.dueDate)}, avant l'entrée en vigueur de l'article D441-5 du ` +
        'Code de commerce le 1er janvier 2013 (décret n° 2012-1115 du 2 octobre 2012).',
    };
  }
  return {
    amountCents: INDEMNITY_CENTS,
    explanation:
      'Indemnité forfaitaire pour frais de recouvrement de 40 € due de plein droit pour cette ' +
      'facture payée en retard (C. com. art. L441-10 et D441-5).',
  };
}
