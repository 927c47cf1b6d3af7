import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import { RELANCE_CHANNEL_LABELS } from '../../../src-shared/relance/relance-channel';
import type { HeldBy, IdleReason } from '../../../src-shared/relance/relance-outlook';
import { PAUSE_END_LABELS, PAUSE_KIND_LABELS } from '../../../src-shared/relance/relance-pauses';
import type { AgendaItem, OutlookView } from '../../../src-shared/relance/relance-view';

const HELD_BY_LABELS: Record<HeldBy, string> = {
  ecart_minimum: 'écart minimum depuis la dernière action',
  report: 'reportée',
  jour_non_ouvre: 'jour non ouvré',
};

/** « Étape 2/6 · E-mail », with « renouvelée » for a repeat of the last step. */
export function stepLabel(item: AgendaItem): string {
  return (
    `Étape ${item.stepIndex + 1}/${item.stepCount} · ${RELANCE_CHANNEL_LABELS[item.channel]}` +
    (item.repeat ? ' (renouvelée)' : '')
  );
}

/** « Étape 2/6 », with « renouvelée » for a repeat of the last step. */
export function stepNumberLabel(item: AgendaItem): string {
  return `Étape ${item.stepIndex + 1}/${item.stepCount}${item.repeat ? ' (renouvelée)' : ''}`;
}

/** The invoice numbers of a line, the first three then how many more. */
export function invoiceNumbers(item: AgendaItem): string {
  const numbers = item.invoices.map((invoice) => invoice.number);
  if (numbers.length <= 3) return numbers.join(', ');
  return `${numbers.slice(0, 3).join(', ')} et ${numbers.length - 3} autre(s)`;
}

/** Why an agenda line matters now: a broken promise, a closed dispute, a missed installment. */
export function resumedLabel(item: AgendaItem): string | null {
  if (!item.resumedAfter) return null;
  return `${PAUSE_END_LABELS[item.resumedAfter.end]} le ${formatFrenchDate(item.resumedAfter.on)}`;
}

/**
 * The agenda's prescription badge: the time-barred invoices left out of the
 * relance, else the nearest last day to act (within six months), else null.
 */
export function prescriptionLabel(
  item: Pick<AgendaItem, 'prescription'>,
): { text: string; timeBarred: boolean } | null {
  const barred = item.prescription.filter((flag) => flag.timeBarred);
  if (barred.length > 0) {
    const numbers = barred.map((flag) => flag.number).join(', ');
    const plural = barred.length > 1;
    return {
      text: `Prescrite${plural ? 's' : ''} : ${numbers} (hors relance)`,
      timeBarred: true,
    };
  }
  const nearest = [...item.prescription].sort((a, b) =>
    a.lastDayToAct.localeCompare(b.lastDayToAct),
  )[0];
  if (!nearest) return null;
  return {
    text:
      `Prescription proche : ${nearest.number}, à faire valoir au plus tard le ` +
      formatFrenchDate(nearest.lastDayToAct),
    timeBarred: false,
  };
}

/** « Due depuis le 19/11/2026 (14 j de retard) » or « Prévue le 08/12/2026 ». */
export function dueLabel(item: AgendaItem, state: 'due' | 'planned'): string {
  if (state === 'planned') {
    const why = item.heldBy ? ` (${HELD_BY_LABELS[item.heldBy]})` : '';
    return `Prévue le ${formatFrenchDate(item.dueOn)}${why}`;
  }
  if (item.daysLate === 0) return 'À faire aujourd’hui';
  return `À faire depuis le ${formatFrenchDate(item.dueOn)} (${item.daysLate} j)`;
}

const IDLE_LABELS: Record<IdleReason, string> = {
  sans_plan: 'Aucun plan de relance ne s’applique.',
  contentieux: 'Dossier au contentieux : la relance amiable est arrêtée.',
  rien_a_relancer: 'Rien à relancer : aucune facture ouverte.',
  prescrit: 'Factures ouvertes prescrites : elles sortent de la relance.',
  plan_termine: 'Toutes les étapes du plan ont été faites.',
};

/** One sentence on where the debtor's relance stands. */
export function outlookSentence(outlook: OutlookView): string {
  switch (outlook.state) {
    case 'due':
    case 'planned':
      return `${stepLabel(outlook.item)} — ${dueLabel(outlook.item, outlook.state)}`;
    case 'paused':
      return (
        `Relance suspendue : ` +
        `${[...new Set(outlook.pauses.map((pause) => PAUSE_KIND_LABELS[pause.kind]))].join(', ').toLowerCase()}.`
      );
    case 'idle':
      return IDLE_LABELS[outlook.reason];
  }
}

/** The error message of a failed call, in French. */
export function failureMessage(failure: unknown): string {
  return failure instanceof Error ? failure.message : 'Erreur inattendue.';
}
