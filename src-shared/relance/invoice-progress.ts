import { addDays, maxDate, type CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';
import { isFlaggedEnd, pauseCovers, type RelancePause } from './relance-pauses';
import type { ScenarioStep } from './scenario';

/** An invoice as the scheduler sees it. */
export interface RelanceInvoice {
  id: number;
  dueDate: CalendarDate;
  openCents: Cents;
}

/** A relance already handled on a debtor: done (sent, called) or skipped with a reason. */
export interface PastAction {
  scenarioId: number | null;
  stepIndex: number;
  status: 'fait' | 'ignore';
  doneOn: CalendarDate;
  invoiceIds: number[];
}

/** Where one invoice stands in the plan. */
export interface InvoiceProgress {
  invoice: RelanceInvoice;
  /** Index of the last step handled for it under the current plan, -1 when none. */
  lastHandled: number;
  /** The first day the invoice needs its next step (or a repeat), or null when the plan is done. */
  triggerOn: CalendarDate | null;
  /** True when that next action is a repeat of the last step. */
  repeat: boolean;
}

/** Index of the most advanced step an invoice has reached on a date, -1 before the first. */
export function reachedStep(
  steps: readonly ScenarioStep[],
  dueDate: CalendarDate,
  on: CalendarDate,
): number {
  let reached = -1;
  steps.forEach((step, index) => {
    if (addDays(dueDate, step.offsetDays) <= on) reached = index;
  });
  return reached;
}

/**
 * The progress of an invoice: the last step handled for it under this plan
 * (a step done or skipped for a group counts for every invoice of the group),
 * and when it needs the next one.
 */
export function invoiceProgress(
  invoice: RelanceInvoice,
  steps: readonly ScenarioStep[],
  scenarioId: number | null,
  history: readonly PastAction[],
  pauses: readonly RelancePause[],
): InvoiceProgress {
  let lastHandled = -1;
  let lastStepOn: CalendarDate | null = null;
  const lastIndex = steps.length - 1;
  for (const action of history) {
    if (action.scenarioId !== scenarioId || !action.invoiceIds.includes(invoice.id)) continue;
    const index = Math.min(action.stepIndex, lastIndex);
    if (index > lastHandled) lastHandled = index;
    if (index === lastIndex && (lastStepOn === null || action.doneOn > lastStepOn)) {
      lastStepOn = action.doneOn;
    }
  }

  let triggerOn: CalendarDate | null = null;
  let repeat = false;
  if (lastHandled < lastIndex) {
    triggerOn = addDays(invoice.dueDate, steps[lastHandled + 1]!.offsetDays);
  } else {
    const every = steps[lastIndex]?.repeatEveryDays ?? null;
    if (every !== null && lastStepOn !== null) {
      triggerOn = addDays(lastStepOn, every);
      repeat = true;
    }
  }

  // A pause that ended waits for its end; one that ended badly (promise broken, dispute closed,
  // installment missed) and that no action has answered yet calls for an action the day it
  // ended: the next step or, at the end of the plan, its last step again.
  const answered = history.reduce<CalendarDate | null>(
    (last, action) => (last === null || action.doneOn > last ? action.doneOn : last),
    null,
  );
  const ended = pauses.filter(
    (pause) => pause.endedOn !== null && pause.end !== null && pauseCovers(pause, invoice.id),
  );
  const unanswered = (pause: RelancePause) =>
    isFlaggedEnd(pause.end!) && (answered === null || pause.endedOn! > answered);
  for (const pause of ended.filter((candidate) => !unanswered(candidate))) {
    if (triggerOn !== null) triggerOn = maxDate(triggerOn, pause.endedOn!);
  }
  const resumedOn = ended
    .filter(unanswered)
    .map((pause) => pause.endedOn!)
    .sort()
    .at(-1);
  if (resumedOn !== undefined) {
    triggerOn = resumedOn;
    repeat = lastHandled === lastIndex;
  }
  return { invoice, lastHandled, triggerOn, repeat };
}
