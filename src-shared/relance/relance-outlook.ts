import { addDays, daysBetween, maxDate, type CalendarDate } from '../dates/calendar-date';
import { isBusinessDay, nextBusinessDay } from '../dates/french-holidays';
import {
  invoiceProgress,
  reachedStep,
  type InvoiceProgress,
  type PastAction,
  type RelanceInvoice,
} from './invoice-progress';
import { isFlaggedEnd, pauseCovers, type PauseEnd, type RelancePause } from './relance-pauses';
import type { RelanceSettings } from './relance-settings';
import type { ScenarioStep } from './scenario';

/** Everything the scheduler needs about one debtor; `today` is always an argument. */
export interface DebtorRelanceState {
  scenarioId: number | null;
  steps: readonly ScenarioStep[];
  invoices: readonly RelanceInvoice[];
  pauses: readonly RelancePause[];
  history: readonly PastAction[];
  postponedUntil: CalendarDate | null;
  /** The day the case went legal (contentieux): the relance stops. */
  legalSince: CalendarDate | null;
  settings: Pick<RelanceSettings, 'minGapDays' | 'allowWeekends'>;
  /** Open invoices whose claim is time-barred (prescrite): left out of the relance. */
  timeBarredInvoiceIds?: readonly number[];
}

/** What pushed an action later than the day its invoices called for it. */
export type HeldBy = 'ecart_minimum' | 'report' | 'jour_non_ouvre';

/** The one relance a debtor gets: a step, the invoices it groups, and the day it is due. */
export interface PlannedRelance {
  stepIndex: number;
  step: ScenarioStep;
  invoiceIds: number[];
  /** The day it is on the agenda (after the guardrails). */
  dueOn: CalendarDate;
  /** Days since `dueOn` (0 when due today or still to come). */
  daysLate: number;
  repeat: boolean;
  heldBy: HeldBy | null;
  /** A pause that ended badly since the last action (promise broken…), shown on the agenda. */
  resumedAfter: { end: PauseEnd; on: CalendarDate } | null;
  /** Open invoices left out because they are paused. */
  pausedInvoiceIds: number[];
  /** Open invoices left out because they are time-barred. */
  timeBarredInvoiceIds: number[];
}

/** Where a debtor's relance stands today. */
export type RelanceOutlook =
  | { state: 'due' | 'planned'; relance: PlannedRelance }
  | { state: 'paused'; pauses: RelancePause[] }
  | { state: 'idle'; reason: IdleReason };

/** Why a debtor has no relance to come. */
export type IdleReason =
  'sans_plan' | 'contentieux' | 'rien_a_relancer' | 'prescrit' | 'plan_termine';

/**
 * The next relance of a debtor. Every open invoice neither paused nor
 * time-barred is grouped at the most advanced step reached, so the debtor
 * gets one message; the action then waits for the minimum gap since the last
 * action, for a postponement, and for a working day unless weekends are
 * allowed (an action already due waits too when today is a day off).
 */
export function relanceOutlook(state: DebtorRelanceState, today: CalendarDate): RelanceOutlook {
  if (state.steps.length === 0) return { state: 'idle', reason: 'sans_plan' };
  if (state.legalSince !== null && state.legalSince <= today) {
    return { state: 'idle', reason: 'contentieux' };
  }
  const open = state.invoices.filter((invoice) => invoice.openCents > 0);
  if (open.length === 0) return { state: 'idle', reason: 'rien_a_relancer' };
  // A time-barred claim can no longer be brought to court: reminding the debtor of it with
  // the plan's warnings of a procedure would mislead, so it leaves the relance for good.
  const barred = new Set(state.timeBarredInvoiceIds ?? []);
  const chased = open.filter((invoice) => !barred.has(invoice.id));
  const timeBarredInvoiceIds = open.filter((invoice) => barred.has(invoice.id)).map(({ id }) => id);
  if (chased.length === 0) return { state: 'idle', reason: 'prescrit' };
  const running = state.pauses.filter((pause) => pause.endedOn === null);
  const isPaused = (id: number) => running.some((pause) => pauseCovers(pause, id));
  const eligible = chased.filter((invoice) => !isPaused(invoice.id));
  const pausedInvoiceIds = chased.filter((invoice) => isPaused(invoice.id)).map(({ id }) => id);
  if (eligible.length === 0) {
    return {
      state: 'paused',
      pauses: running.filter((pause) => chased.some((i) => pauseCovers(pause, i.id))),
    };
  }

  const progress = eligible.map((invoice) =>
    invoiceProgress(invoice, state.steps, state.scenarioId, state.history, state.pauses),
  );
  const dueToday = progress.filter((item) => item.triggerOn !== null && item.triggerOn <= today);
  const upcoming = progress
    .map((item) => item.triggerOn)
    .filter((day): day is CalendarDate => day !== null)
    .sort();
  const on = dueToday.length > 0 ? today : upcoming[0];
  if (on === undefined) return { state: 'idle', reason: 'plan_termine' };

  const needy = progress.filter((item) => item.triggerOn !== null && item.triggerOn <= on);
  const relance = groupAndGuard(state, progress, needy, on, today);
  relance.pausedInvoiceIds = pausedInvoiceIds;
  relance.timeBarredInvoiceIds = timeBarredInvoiceIds;
  return { state: relance.dueOn <= today ? 'due' : 'planned', relance };
}

function groupAndGuard(
  state: DebtorRelanceState,
  progress: readonly InvoiceProgress[],
  needy: readonly InvoiceProgress[],
  on: CalendarDate,
  today: CalendarDate,
): PlannedRelance {
  // Overdue invoices travel together; a courtesy reminder only concerns invoices not yet due.
  const anyOverdue = needy.some((item) => item.invoice.dueDate < on);
  const included = progress.filter((item) =>
    anyOverdue
      ? item.invoice.dueDate < on
      : item.invoice.dueDate >= on && reachedStep(state.steps, item.invoice.dueDate, on) >= 0,
  );
  const lastIndex = state.steps.length - 1;
  let stepIndex = 0;
  for (const item of included) {
    const reached = reachedStep(state.steps, item.invoice.dueDate, on);
    stepIndex = Math.max(stepIndex, item.repeat ? lastIndex : reached, 0);
  }
  // Due from the day the chosen step was reached, and not before an invoice needed an action:
  // an imported invoice 44 days late waits since its J+30 letter, not since its J-3 e-mail.
  const triggerOn = needy.map((item) => item.triggerOn!).sort()[0]!;
  const stepReachedOn = included
    .map((item) => addDays(item.invoice.dueDate, state.steps[stepIndex]!.offsetDays))
    .filter((day) => day <= on)
    .sort()[0];

  let dueOn = stepReachedOn === undefined ? triggerOn : maxDate(triggerOn, stepReachedOn);
  let heldBy: HeldBy | null = null;
  const lastDone = latest(state.history.filter((action) => action.status === 'fait'));
  if (lastDone !== null) {
    const earliest = addDays(lastDone, state.settings.minGapDays);
    if (earliest > dueOn) [dueOn, heldBy] = [earliest, 'ecart_minimum'];
  }
  if (state.postponedUntil !== null && state.postponedUntil > dueOn) {
    [dueOn, heldBy] = [state.postponedUntil, 'report'];
  }
  if (!state.settings.allowWeekends) {
    const working = workingDueOn(dueOn, today);
    if (working !== dueOn) [dueOn, heldBy] = [working, heldBy ?? 'jour_non_ouvre'];
  }

  const invoiceIds = included.map((item) => item.invoice.id);
  return {
    stepIndex,
    step: state.steps[stepIndex]!,
    invoiceIds,
    dueOn,
    daysLate: Math.max(0, daysBetween(dueOn, today)),
    repeat: needy.every((item) => item.repeat),
    heldBy,
    resumedAfter: resumption(state, invoiceIds, maxDate(on, today)),
    pausedInvoiceIds: [],
    timeBarredInvoiceIds: [],
  };
}

/**
 * The working day an action is due on when days off are not allowed: a day
 * off moves it to the next working day, and so does today being one for an
 * action already due, so nothing is sent on a Saturday, a Sunday or a public
 * holiday. An action overdue since a working day keeps that day (its lateness
 * counts) as long as today is a working day.
 */
export function workingDueOn(dueOn: CalendarDate, today: CalendarDate): CalendarDate {
  if (dueOn <= today && !isBusinessDay(today)) return nextBusinessDay(today);
  return nextBusinessDay(dueOn);
}

// The latest bad ending (broken promise, closed dispute, missed installment) on these invoices
// that no action has answered yet.
function resumption(
  state: DebtorRelanceState,
  invoiceIds: readonly number[],
  asOf: CalendarDate,
): PlannedRelance['resumedAfter'] {
  const answered = latest(state.history);
  let found: PlannedRelance['resumedAfter'] = null;
  for (const pause of state.pauses) {
    if (pause.end === null || pause.endedOn === null || !isFlaggedEnd(pause.end)) continue;
    if (pause.endedOn > asOf || (answered !== null && pause.endedOn <= answered)) continue;
    if (!invoiceIds.some((id) => pauseCovers(pause, id))) continue;
    if (found === null || pause.endedOn > found.on) found = { end: pause.end, on: pause.endedOn };
  }
  return found;
}

function latest(history: readonly PastAction[]): CalendarDate | null {
  return history.reduce<CalendarDate | null>(
    (last, action) => (last === null || action.doneOn > last ? action.doneOn : last),
    null,
  );
}
