import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { formatFrenchDate } from '../../src-shared/dates/french-date';
import type { Cents } from '../../src-shared/money/cents';
import { formatEuros } from '../../src-shared/money/format-amount';
import { CALL_OUTCOME_LABELS } from '../../src-shared/relance/call-script';
import { RELANCE_CHANNEL_LABELS } from '../../src-shared/relance/relance-channel';
import { DELIVERY_LABELS } from '../../src-shared/relance/relance-view';
import type { DemoRelanceAction } from './collection-types';

// The lines the timeline shows, worded as the services write them when the user acts
// (relance-action-writer.ts, call-outcome-service.ts, promise-service.ts,
// payment-plan-service.ts); a test compares them with the app's own.

/** « Relance faite, étape 2/6 (E-mail) : Factures échues – … », or the reason it was skipped. */
export function relanceSummary(action: DemoRelanceAction): string {
  const step =
    `étape ${action.stepIndex + 1}/${action.stepCount}` +
    ` (${RELANCE_CHANNEL_LABELS[action.channel]})`;
  if (action.status === 'ignore') return `Relance ignorée, ${step} : ${action.skipReason ?? ''}`;
  const what = action.callOutcome
    ? `issue : ${CALL_OUTCOME_LABELS[action.callOutcome]}`
    : (action.subject ?? DELIVERY_LABELS[action.delivery ?? 'courrier']);
  return `Relance faite, ${step}${action.repeat ? ', renouvelée' : ''} : ${what}`;
}

/** « Appel sans réponse : rappel prévu le 05/03/2026 (Message laissé.) ». */
export function unansweredCallSummary(callBackOn: CalendarDate, note: string | null): string {
  const after = note ? ` (${note})` : '';
  return `Appel sans réponse : rappel prévu le ${formatFrenchDate(callBackOn)}${after}`;
}

/** « Promesse de paiement de 1 200,00 € pour le 12/03/2026 ». */
export function promiseSummary(amountCents: Cents, dueOn: CalendarDate): string {
  return `Promesse de paiement de ${formatEuros(amountCents)} pour le ${formatFrenchDate(dueOn)}`;
}

/** « Échéancier de 3 échéance(s) pour 4 500,00 €, du 10/03/2026 au 10/05/2026 ». */
export function planSummary(installments: readonly { dueOn: CalendarDate; amountCents: Cents }[]) {
  const total = installments.reduce((sum, installment) => sum + installment.amountCents, 0);
  return (
    `Échéancier de ${installments.length} échéance(s) pour ${formatEuros(total)}, ` +
    `du ${formatFrenchDate(installments[0]!.dueOn)} au ` +
    `${formatFrenchDate(installments[installments.length - 1]!.dueOn)}`
  );
}

/** « Échéancier signé le 14/03/2026 ». */
export function planSignedSummary(signedOn: CalendarDate): string {
  return `Échéancier signé le ${formatFrenchDate(signedOn)}`;
}
