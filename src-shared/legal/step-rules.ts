import type { CalendarDate } from '../dates/calendar-date';
import { formatFrenchDate } from '../dates/french-date';
import {
  PROCEDURE_STEP_LABELS,
  type ProcedureStep,
  type ProcedureStepKind,
} from '../domain/legal-case';
import { oppositionDeadlineOf } from './procedure-deadlines';

type Step = Pick<ProcedureStep, 'kind' | 'occurredOn' | 'cancelledAt'>;

// Each step of the injonction follows the one before it: an ordonnance answers a requête, a
// signification serves an ordonnance, an opposition answers a signification.
const PREREQUISITES: Partial<Record<ProcedureStepKind, ProcedureStepKind>> = {
  mise_en_demeure_recue: 'mise_en_demeure_envoyee',
  ordonnance_rendue: 'requete_deposee',
  requete_rejetee: 'requete_deposee',
  ordonnance_signifiee: 'ordonnance_rendue',
  opposition_formee: 'ordonnance_signifiee',
  delai_opposition_expire: 'ordonnance_signifiee',
  execution_forcee: 'delai_opposition_expire',
};

/** Why a step cannot be recorded on that date after the others, in French; null when it can. */
export function stepRefusal(
  kind: ProcedureStepKind,
  occurredOn: CalendarDate,
  steps: readonly Step[],
  today: CalendarDate,
): string | null {
  if (occurredOn > today) {
    return (
      `La date du ${formatFrenchDate(occurredOn)} est dans le futur : enregistrez l'étape ` +
      `une fois faite.`
    );
  }
  const required = PREREQUISITES[kind];
  if (!required) return null;

  const before = steps
    .filter((step) => step.cancelledAt === null && step.kind === required)
    .filter((step) => step.occurredOn <= occurredOn)
    .at(-1);
  if (!before) {
    return (
      `« ${PROCEDURE_STEP_LABELS[kind]} » suppose une étape « ` +
      `${PROCEDURE_STEP_LABELS[required]} » ` +
      `enregistrée à cette date ou avant.`
    );
  }
  if (kind === 'delai_opposition_expire') {
    const lastDay = oppositionDeadlineOf(before.occurredOn);
    if (occurredOn <= lastDay) {
      return (
        `Le débiteur peut former opposition jusqu'au ${formatFrenchDate(lastDay)} inclus : ` +
        "le délai n'est pas encore expiré à cette date."
      );
    }
  }
  return null;
}

/**
 * Why a mise en demeure cannot have been sent (or received) on `occurredOn`: the letter it
 * refers to is dated later. Null when the dates agree or no letter was prepared in the app.
 */
export function letterDateRefusal(
  kind: ProcedureStepKind,
  occurredOn: CalendarDate,
  letterDate: CalendarDate | null,
): string | null {
  if (!kind.startsWith('mise_en_demeure') || letterDate === null || occurredOn >= letterDate) {
    return null;
  }
  const what = kind === 'mise_en_demeure_envoyee' ? 'envoyée' : 'reçue';
  return (
    `La mise en demeure est datée du ${formatFrenchDate(letterDate)} : elle ne peut pas avoir ` +
    `été ${what} le ${formatFrenchDate(occurredOn)}, avant sa propre date.`
  );
}
