import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { Dispute } from '../../src-shared/domain/dispute';
import { isBatchChannel } from '../../src-shared/relance/relance-channel';
import { relancePauses } from '../../src-shared/relance/relance-pauses';
import type { ScenarioStep } from '../../src-shared/relance/scenario';
import { isWorkingDay, onOrAfterWorkingDay } from './business-days';
import { placeCall, type Agreements } from './call-records';
import {
  batchInstant,
  officeInstant,
  workingDaysAfter,
  type MorningBatch,
} from './collection-instants';
import type {
  DemoCollectionEntry,
  DemoCollectionHistory,
  DemoRelanceAction,
} from './collection-types';
import { shiftDays } from './day-cache';
import type { DemoDebtor } from './demo-types';
import { messageInvoicesOn, openInvoicesOn, type LedgerOnDay } from './ledger-on-day';
import { createRandom, deriveSeed, type Random } from './random';
import { composeRelanceContent, type ContentParties } from './relance-content';
import {
  replayOutlook,
  type ReplayAction,
  type ReplayRelance,
  type ReplayState,
} from './relance-replay';

/** The debtor's plan de relance, guardrails and people, for one debtor's history. */
export interface CollectionSetting {
  seed: number;
  /** The debtor's position in the demo: its own random stream. */
  index: number;
  today: CalendarDate;
  /** The day the firm started its relances in the app: nothing is done before it. */
  since: CalendarDate;
  scenarioId: number;
  steps: readonly ScenarioStep[];
  minGapDays: number;
  allowWeekends: boolean;
  /** The person in charge, and the last day they went through their agenda (before today). */
  owner: { index: number; name: string; lastWorkedOn: CalendarDate };
  parties: ContentParties;
  /** The morning batch a user ran on a day, shared by all their debtors. */
  batchOf: (userIndex: number, day: CalendarDate) => MorningBatch;
  /** The day the debtor's dispute was opened, if it has one. */
  disputeOpenedOn: CalendarDate | null;
}

const HISTORY_STREAM = 0x41570;
const COURTESY_SKIP_RATE = 0.04;
const ANNOUNCED = 'Client prévenu par téléphone : règlement programmé.';

// The team works its agenda most days; some items wait a day or a few.
function drawLag(random: Random): number {
  const roll = random.next();
  return roll < 0.72 ? 0 : roll < 0.9 ? 1 : random.int(2, 4);
}

/**
 * Replays the relance of one debtor from `since` to the last day its person in charge worked
 * before `today`: each working day they do what the relance engine puts on the agenda
 * (sometimes a few days late), write the step's message with that day's figures, and record the
 * outcome of each call with its promise and plan. What falls due after is left to do.
 */
export function simulateCollection(
  item: DemoDebtor,
  ledger: LedgerOnDay,
  setting: CollectionSetting,
): DemoCollectionHistory {
  const random = createRandom(deriveSeed(setting.seed, HISTORY_STREAM, setting.index));
  const disputes = disputesOf(item, setting.disputeOpenedOn);
  const agreements: Agreements = { promises: [], plans: [] };
  const history: ReplayAction[] = [];
  const entries: DemoCollectionEntry[] = [];
  let postponement: DemoCollectionHistory['postponement'] = null;
  let unansweredInARow = 0;

  // What the engine reads changes only on the days nextChange names (a payment, an invoice, a
  // promise or installment date passing) or when an agreement is made: between them, the open
  // invoices and pauses are read once.
  let inputs: { from: CalendarDate; until: CalendarDate; agreed: number } & Pick<
    ReplayState,
    'open' | 'pauses'
  > = { from: '', until: '', agreed: -1, open: [], pauses: [] };
  const inputsOn = (day: CalendarDate) => {
    const agreed = agreements.promises.length + agreements.plans.length;
    if (inputs.agreed === agreed && day >= inputs.from && day < inputs.until) return inputs;
    const sources = { ...agreements, disputes };
    const paused = agreed + disputes.length > 0;
    const payments = paused ? ledger.payments.filter((payment) => payment.date <= day) : [];
    inputs = {
      from: day,
      until: nextChange(ledger, agreements, setting.disputeOpenedOn, day, setting.today),
      agreed,
      open: openInvoicesOn(ledger, day),
      pauses: paused ? relancePauses({ ...sources, payments }, day) : [],
    };
    return inputs;
  };
  const outlookOn = (day: CalendarDate) => {
    const { open, pauses } = inputsOn(day);
    const postponedUntil = postponement?.until ?? null;
    const { steps, minGapDays, allowWeekends } = setting;
    return replayOutlook(
      { steps, open, pauses, history, postponedUntil, minGapDays, allowWeekends },
      day,
    );
  };

  const act = (day: CalendarDate, relance: ReplayRelance) => {
    const step = setting.steps[relance.stepIndex]!;
    const invoiceKeys = relance.invoiceIds.map((id) => ledger.invoices[id]!.key);
    const base = {
      stepIndex: relance.stepIndex,
      stepCount: setting.steps.length,
      channel: step.channel,
      tone: step.tone,
      plannedOn: relance.dueOn,
      doneOn: day,
      repeat: relance.repeat,
      invoiceKeys,
    };
    let action: DemoRelanceAction;
    if (step.channel === 'appel') {
      const context = {
        random,
        ledger,
        today: setting.today,
        behaviour: item.behaviour,
        caller: setting.owner.name,
        agreements,
        unansweredInARow,
      };
      const result = placeCall(context, day, relance.invoiceIds, invoiceKeys);
      if (result.kind === 'unanswered') {
        unansweredInARow += 1;
        const { call } = result;
        postponement = { until: call.callBackOn, reason: 'Appel sans réponse', at: call.at };
        entries.push({ kind: 'unanswered_call', at: call.at, call });
        return;
      }
      action = { ...base, ...result.action };
      entries.push({ kind: 'relance', at: action.doneAt, action, promise: result.promise });
      if (result.plan) entries.push({ kind: 'plan', at: result.plan.at, plan: result.plan });
      if (result.plan?.signedAt) {
        entries.push({ kind: 'plan_signed', at: result.plan.signedAt, plan: result.plan });
      }
    } else {
      action = { ...base, ...written(day, step, relance) };
      entries.push({ kind: 'relance', at: action.doneAt, action, promise: null });
    }
    unansweredInARow = 0;
    history.push({ ...base, status: action.status, invoiceIds: relance.invoiceIds });
  };

  // A letter, e-mail or SMS: sent with its content, in the morning batch for letters and
  // e-mails; skipped when the debtor announced its payment or has no address for the channel.
  const written = (day: CalendarDate, step: ScenarioStep, relance: ReplayRelance) => {
    const announced = step.offsetDays < 0 && random.chance(COURTESY_SKIP_RATE);
    const invoices = messageInvoicesOn(ledger, relance.invoiceIds, day);
    const content = announced ? null : composeRelanceContent(setting.parties, step, day, invoices);
    if (!content) {
      return {
        status: 'ignore' as const,
        doneAt: officeInstant(random, day),
        recipient: null,
        subject: null,
        body: null,
        delivery: null,
        skipReason: announced ? ANNOUNCED : noRecipient(step),
        callOutcome: null,
        batchId: null,
      };
    }
    const batch = isBatchChannel(step.channel) ? setting.batchOf(setting.owner.index, day) : null;
    return {
      ...content,
      status: 'fait' as const,
      doneAt: batch
        ? batchInstant(day, batch.startSeconds, setting.index % 900)
        : officeInstant(random, day),
      skipReason: null,
      callOutcome: null,
      batchId: batch?.id ?? null,
    };
  };

  let day = onOrAfterWorkingDay(shiftDays(setting.since, random.int(0, 20)));
  let waited = false;
  while (day <= setting.owner.lastWorkedOn) {
    const outlook = outlookOn(day);
    if (outlook.state === 'due') {
      if (!isWorkingDay(day)) {
        day = onOrAfterWorkingDay(day);
        continue;
      }
      const lag: number = waited ? 0 : drawLag(random);
      waited = lag > 0;
      if (lag > 0) {
        day = workingDaysAfter(day, lag);
        continue;
      }
      act(day, outlook);
      day = shiftDays(day, 1);
      continue;
    }
    waited = false;
    const next = inputsOn(day).until;
    day = outlook.state === 'planned' && outlook.dueOn < next ? outlook.dueOn : next;
  }
  entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { scenarioId: setting.scenarioId, entries, postponement };
}

function noRecipient(step: ScenarioStep): string {
  return step.channel === 'sms'
    ? 'Pas de numéro de mobile pour ce client : à relancer par un autre moyen.'
    : 'Aucune adresse e-mail pour ce client : à relancer par un autre moyen.';
}

// The dispute as the engine reads it: open since its day on its invoices, never closed.
function disputesOf(item: DemoDebtor, openedOn: CalendarDate | null): Dispute[] {
  if (openedOn === null || item.disputedInvoiceKeys.length === 0) return [];
  const ids = item.disputedInvoiceKeys.map((key) =>
    item.invoices.findIndex((invoice) => invoice.key === key),
  );
  return [
    {
      id: 0,
      debtorId: 0,
      reason: 'qualite',
      description: null,
      ownerUserId: null,
      openedOn,
      closedOn: null,
      outcome: null,
      invoiceIds: ids,
      createdBy: '',
    },
  ];
}

// The next day on which the ledger or an agreement changes what the engine sees.
function nextChange(
  ledger: LedgerOnDay,
  agreements: Agreements,
  disputeOpenedOn: CalendarDate | null,
  day: CalendarDate,
  today: CalendarDate,
): CalendarDate {
  let next = today;
  const consider = (candidate: CalendarDate) => {
    if (candidate > day && candidate < next) next = candidate;
  };
  const change = ledger.changeDays.find((candidate) => candidate > day);
  if (change !== undefined) consider(change);
  if (disputeOpenedOn !== null) consider(disputeOpenedOn);
  for (const promise of agreements.promises) consider(shiftDays(promise.dueOn, 1));
  for (const plan of agreements.plans) {
    for (const installment of plan.installments) consider(shiftDays(installment.dueOn, 1));
  }
  return next;
}
