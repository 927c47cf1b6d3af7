import { maxDate, type CalendarDate } from '../../src-shared/dates/calendar-date';
import {
  isFlaggedEnd,
  pauseCovers,
  type RelancePause,
} from '../../src-shared/relance/relance-pauses';
import { onOrAfterWorkingDay } from './business-days';
import { shiftDays } from './day-cache';

// The scheduling rules of src-shared/relance (relanceOutlook, invoiceProgress), restated for
// the generator. The shared ones convert each date through Date and list a year's holidays on
// every call, about 50 µs a debtor-day; replaying 10,000 debtors over months asks for hundreds
// of thousands of answers. Same rules on the day cache; test/src-main/demo/relance-history
// holds every generated action to the shared engine's answer for its day. Time-barred invoices
// (which the engine leaves out) never occur: the demo's invoices are at most two years old.

/** A step of the debtor's plan, as far as scheduling goes. */
export interface ReplayStep {
  offsetDays: number;
  repeatEveryDays: number | null;
}

/** An open invoice, in the order the engine reads them (due date, then id). */
export interface ReplayInvoice {
  id: number;
  dueDate: CalendarDate;
}

/** A relance already handled, under the debtor's current plan. */
export interface ReplayAction {
  stepIndex: number;
  status: 'fait' | 'ignore';
  doneOn: CalendarDate;
  invoiceIds: readonly number[];
}

/** The debtor on one day: open invoices, pauses, what was done, and the guardrails. */
export interface ReplayState {
  steps: readonly ReplayStep[];
  open: readonly ReplayInvoice[];
  pauses: readonly RelancePause[];
  history: readonly ReplayAction[];
  postponedUntil: CalendarDate | null;
  minGapDays: number;
  allowWeekends: boolean;
}

/** The one relance planned for the debtor: its step, the invoices it groups, its day. */
export interface ReplayRelance {
  state: 'due' | 'planned';
  stepIndex: number;
  invoiceIds: number[];
  dueOn: CalendarDate;
  repeat: boolean;
}

/** The debtor's next relance on the day, or why there is none. */
export type ReplayOutlook = ReplayRelance | { state: 'paused' | 'idle' };

interface Progress {
  invoice: ReplayInvoice;
  triggerOn: CalendarDate | null;
  repeat: boolean;
}

/** Index of the most advanced step reached on a date, -1 before the first. */
function reachedStep(steps: readonly ReplayStep[], dueDate: CalendarDate, on: CalendarDate) {
  let reached = -1;
  for (let index = 0; index < steps.length; index += 1) {
    if (shiftDays(dueDate, steps[index]!.offsetDays) <= on) reached = index;
  }
  return reached;
}

function latestDone(history: readonly ReplayAction[], onlyDone: boolean): CalendarDate | null {
  let last: CalendarDate | null = null;
  for (const action of history) {
    if (onlyDone && action.status !== 'fait') continue;
    if (last === null || action.doneOn > last) last = action.doneOn;
  }
  return last;
}

function progressOf(state: ReplayState, invoice: ReplayInvoice, answered: CalendarDate | null) {
  const lastIndex = state.steps.length - 1;
  let lastHandled = -1;
  let lastStepOn: CalendarDate | null = null;
  for (const action of state.history) {
    if (!action.invoiceIds.includes(invoice.id)) continue;
    const index = Math.min(action.stepIndex, lastIndex);
    if (index > lastHandled) lastHandled = index;
    if (index === lastIndex && (lastStepOn === null || action.doneOn > lastStepOn)) {
      lastStepOn = action.doneOn;
    }
  }
  let triggerOn: CalendarDate | null = null;
  let repeat = false;
  if (lastHandled < lastIndex) {
    triggerOn = shiftDays(invoice.dueDate, state.steps[lastHandled + 1]!.offsetDays);
  } else {
    const every = state.steps[lastIndex]?.repeatEveryDays ?? null;
    if (every !== null && lastStepOn !== null) {
      triggerOn = shiftDays(lastStepOn, every);
      repeat = true;
    }
  }
  // A pause that ended waits for its end; one that ended badly and is not answered yet calls
  // for an action the day it ended.
  let resumedOn: CalendarDate | null = null;
  for (const pause of state.pauses) {
    if (pause.endedOn === null || pause.end === null || !pauseCovers(pause, invoice.id)) continue;
    const unanswered = isFlaggedEnd(pause.end) && (answered === null || pause.endedOn > answered);
    if (unanswered) {
      resumedOn = resumedOn === null ? pause.endedOn : maxDate(resumedOn, pause.endedOn);
    } else if (triggerOn !== null) {
      triggerOn = maxDate(triggerOn, pause.endedOn);
    }
  }
  if (resumedOn !== null) {
    triggerOn = resumedOn;
    repeat = lastHandled === lastIndex;
  }
  return { invoice, triggerOn, repeat };
}

/** The debtor's one relance as the engine would plan it on `today`. */
export function replayOutlook(state: ReplayState, today: CalendarDate): ReplayOutlook {
  if (state.steps.length === 0 || state.open.length === 0) return { state: 'idle' };
  const running = state.pauses.filter((pause) => pause.endedOn === null);
  const eligible = state.open.filter(
    (invoice) => !running.some((pause) => pauseCovers(pause, invoice.id)),
  );
  if (eligible.length === 0) return { state: 'paused' };

  const answered = latestDone(state.history, false);
  const progress = eligible.map((invoice) => progressOf(state, invoice, answered));
  let dueToday = false;
  let first: CalendarDate | null = null;
  for (const item of progress) {
    if (item.triggerOn === null) continue;
    if (item.triggerOn <= today) dueToday = true;
    if (first === null || item.triggerOn < first) first = item.triggerOn;
  }
  if (first === null) return { state: 'idle' };
  const on = dueToday ? today : first;
  return groupAndGuard(state, progress, on, today, first);
}

function groupAndGuard(
  state: ReplayState,
  progress: readonly Progress[],
  on: CalendarDate,
  today: CalendarDate,
  firstTrigger: CalendarDate,
): ReplayOutlook {
  const needy = progress.filter((item) => item.triggerOn !== null && item.triggerOn <= on);
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
  let stepReachedOn: CalendarDate | null = null;
  for (const item of included) {
    const day = shiftDays(item.invoice.dueDate, state.steps[stepIndex]!.offsetDays);
    if (day <= on && (stepReachedOn === null || day < stepReachedOn)) stepReachedOn = day;
  }

  let dueOn = stepReachedOn === null ? firstTrigger : maxDate(firstTrigger, stepReachedOn);
  const lastDone = latestDone(state.history, true);
  if (lastDone !== null) dueOn = maxDate(dueOn, shiftDays(lastDone, state.minGapDays));
  if (state.postponedUntil !== null) dueOn = maxDate(dueOn, state.postponedUntil);
  if (!state.allowWeekends) dueOn = onOrAfterWorkingDay(dueOn);
  return {
    state: dueOn <= today ? 'due' : 'planned',
    stepIndex,
    invoiceIds: included.map((item) => item.invoice.id),
    dueOn,
    repeat: needy.every((item) => item.repeat),
  };
}
