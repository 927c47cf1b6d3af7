import type { CalendarDate } from '../dates/calendar-date';
import type { ProcedureStep } from '../domain/legal-case';

type Step = Pick<ProcedureStep, 'kind' | 'occurredOn' | 'cancelledAt'>;

// An ordonnance portant injonction de payer bears the formule exécutoire from the start (CPC 1410
// since 1 March 2022) but can be enforced only once the month of opposition has run out with no
// opposition (CPC 1416; reference notes § 3.4). The step « délai d'opposition expiré » records
// that day; the app cannot refuse it before the last day of opposition (CPC 642 included), and a
// step recorded later than the real expiry only delays the L313-3 majoration, never brings it
// forward, which is the side to err on when the service was not made « à personne ».
/**
 * The day an ordonnance of a case became enforceable: the first « délai d'opposition expiré »
 * that follows a signification with no opposition in between; null while there is none.
 */
export function ordonnanceEnforceableOn(steps: readonly Step[]): CalendarDate | null {
  const live = steps
    .filter((step) => step.cancelledAt === null)
    .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  for (const expiry of live.filter((step) => step.kind === 'delai_opposition_expire')) {
    const served = live
      .filter((step) => step.kind === 'ordonnance_signifiee' && step.occurredOn < expiry.occurredOn)
      .at(-1);
    if (!served) continue;
    const opposed = live.some(
      (step) =>
        step.kind === 'opposition_formee' &&
        step.occurredOn >= served.occurredOn &&
        step.occurredOn <= expiry.occurredOn,
    );
    if (!opposed) return expiry.occurredOn;
  }
  return null;
}
