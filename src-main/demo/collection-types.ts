import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { Cents } from '../../src-shared/money/cents';
import type { CallOutcome } from '../../src-shared/relance/call-script';
import type { RelanceChannel, RelanceTone } from '../../src-shared/relance/relance-channel';
import type { Delivery } from '../../src-shared/relance/relance-view';

// The collection work of one debtor since the firm took up the app, before it has database ids:
// invoices are named by their key, as in the ledger types of demo-types.ts.

/** A relance done or skipped, with what the app records of it. */
export interface DemoRelanceAction {
  stepIndex: number;
  stepCount: number;
  channel: RelanceChannel;
  tone: RelanceTone;
  status: 'fait' | 'ignore';
  plannedOn: CalendarDate;
  doneOn: CalendarDate;
  /** The instant it was recorded, ISO in UTC. */
  doneAt: string;
  /** True when it repeats the last step of the plan. */
  repeat: boolean;
  recipient: string | null;
  subject: string | null;
  body: string | null;
  delivery: Delivery | null;
  skipReason: string | null;
  callOutcome: CallOutcome | null;
  batchId: string | null;
  invoiceKeys: string[];
}

/** A call nobody answered: logged on the timeline, the call comes back two working days later. */
export interface DemoUnansweredCall {
  on: CalendarDate;
  at: string;
  callBackOn: CalendarDate;
  note: string | null;
  invoiceKeys: string[];
}

/** Whether the debtor did what it agreed, as the story was written (checked by the app's rules). */
export type DemoAgreementFate = 'tenue' | 'rompue' | 'en_cours';

/** A promise to pay obtained on a call. */
export interface DemoPromise {
  madeOn: CalendarDate;
  dueOn: CalendarDate;
  amountCents: Cents;
  note: string | null;
  at: string;
  invoiceKeys: string[];
  fate: DemoAgreementFate;
}

/** A payment plan (échéancier) agreed after a call, signed or not. */
export interface DemoPaymentPlan {
  agreedOn: CalendarDate;
  signedOn: CalendarDate | null;
  signedAt: string | null;
  note: string | null;
  at: string;
  invoiceKeys: string[];
  installments: { dueOn: CalendarDate; amountCents: Cents }[];
  fate: DemoAgreementFate;
}

/** One thing done on the debtor's file, in the order the app would have recorded them. */
export type DemoCollectionEntry =
  | { kind: 'relance'; at: string; action: DemoRelanceAction; promise: DemoPromise | null }
  | { kind: 'unanswered_call'; at: string; call: DemoUnansweredCall }
  | { kind: 'plan'; at: string; plan: DemoPaymentPlan }
  | { kind: 'plan_signed'; at: string; plan: DemoPaymentPlan };

/** The collection history of a debtor and the state it leaves. */
export interface DemoCollectionHistory {
  scenarioId: number;
  entries: DemoCollectionEntry[];
  /** The last call-back date set by an unanswered call, as the debtor's relance state keeps it. */
  postponement: { until: CalendarDate; reason: string; at: string } | null;
}
