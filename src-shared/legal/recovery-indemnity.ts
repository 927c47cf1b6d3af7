import type { CalendarDate } from '../dates/calendar-date';
import type { DebtorKind } from '../domain/debtor';
import type { Cents } from '../money/cents';

/** The indemnity owed on one invoice, with the sentence that justifies it. */
export interface RecoveryIndemnity {
  amountCents: Cents;
  explanation: string;
}

// C. com. D441-5: « fixé à 40 euros », owed for each invoice paid late (CJUE C-78/22).
const INDEMNITY_CENTS = 4000;

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
  return {
    amountCents: INDEMNITY_CENTS,
    explanation:
      'Indemnité forfaitaire pour frais de recouvrement de 40 € due de plein droit pour cette ' +
      'facture payée en retard (C. com. art. L441-10 et D441-5).',
  };
}
