import type { CalendarDate } from '../dates/calendar-date';
import type { AppUser } from '../domain/app-user';
import type { DebtorKind } from '../domain/debtor';
import type { Cents } from '../money/cents';
import type { CallOutcome, ObjectionAnswer } from './call-script';
import type { RelanceChannel, RelanceTone } from './relance-channel';
import type { HeldBy, IdleReason } from './relance-outlook';
import type { PauseEnd, RelancePause } from './relance-pauses';
import type { ScenarioChoice } from './scenario-assignment';
import type { SmsLength } from './sms-length';

/** An invoice a relance concerns, as the agenda lists it. */
export interface AgendaInvoice {
  id: number;
  number: string;
  dueDate: CalendarDate;
  openCents: Cents;
  daysOverdue: number;
}

/** An open invoice of the debtor whose claim is time-barred or will be within six months. */
export interface PrescriptionFlag {
  invoiceId: number;
  number: string;
  /** Last day a claim can still be brought. */
  lastDayToAct: CalendarDate;
  /** Time-barred invoices are left out of the relance. */
  timeBarred: boolean;
}

/** One line of the « À faire » agenda: the debtor's single relance and why it matters. */
export interface AgendaItem {
  debtorId: number;
  debtorName: string;
  debtorKind: DebtorKind;
  ownerUserId: number | null;
  ownerName: string | null;
  riskClass: string | null;
  scenarioId: number;
  scenarioName: string;
  stepIndex: number;
  stepCount: number;
  channel: RelanceChannel;
  tone: RelanceTone;
  repeat: boolean;
  invoices: AgendaInvoice[];
  amountCents: Cents;
  daysOverdue: number;
  dueOn: CalendarDate;
  daysLate: number;
  heldBy: HeldBy | null;
  resumedAfter: { end: PauseEnd; on: CalendarDate } | null;
  /** The debtor's open invoices near prescription or past it, soonest first. */
  prescription: PrescriptionFlag[];
  priority: number;
}

/** Today's agenda: the actions due today and overdue, most important first. */
export interface Agenda {
  today: CalendarDate;
  /** On a day off (weekends and holidays not allowed), the working day the relances wait for. */
  resumesOn: CalendarDate | null;
  items: AgendaItem[];
  totalCents: Cents;
  users: AppUser[];
}

/** How a done action reached the debtor. */
export type Delivery =
  'email_envoye' | 'email_brouillon' | 'courrier' | 'sms' | 'sms_csv' | 'appel';

export const DELIVERY_LABELS: Record<Delivery, string> = {
  email_envoye: 'E-mail envoyé',
  email_brouillon: 'Brouillon d’e-mail (.eml) préparé',
  courrier: 'Courrier (.docx) préparé',
  sms: 'SMS envoyé depuis le téléphone',
  sms_csv: 'SMS exporté pour envoi groupé (CSV)',
  appel: 'Appel passé',
};

/** A relance handled on a debtor, with the exact content sent and who did it. */
export interface RelanceActionRecord {
  id: number;
  debtorId: number;
  scenarioId: number | null;
  stepIndex: number;
  channel: RelanceChannel;
  tone: RelanceTone;
  status: 'fait' | 'ignore';
  plannedOn: CalendarDate;
  doneOn: CalendarDate;
  doneAt: string;
  actor: string;
  recipient: string | null;
  subject: string | null;
  body: string | null;
  delivery: Delivery | null;
  outputPath: string | null;
  skipReason: string | null;
  callOutcome: CallOutcome | null;
  batchId: string | null;
  invoiceIds: number[];
}

/** The message of a relance, written for one debtor, ready to send or to edit first. */
export interface PreparedRelance {
  item: AgendaItem;
  subject: string;
  body: string;
  recipient: {
    contactName: string | null;
    email: string | null;
    phone: string | null;
    address: string[];
  };
  sms: { text: string; length: SmsLength; description: string } | null;
  call: { talkingPoints: string[]; objections: ObjectionAnswer[] } | null;
  amounts: { amountCents: Cents; penaltiesCents: Cents | null; indemnityCents: Cents };
  /** What the user should know before sending (missing IBAN, rate not yet published…). */
  warnings: string[];
}

/** Where a debtor's relance stands, as its file shows it. */
export type OutlookView =
  | { state: 'due' | 'planned'; item: AgendaItem }
  | { state: 'paused'; pauses: RelancePause[] }
  | { state: 'idle'; reason: IdleReason };

/** The relance part of a debtor file: plan, person in charge, what comes next, what was done. */
export interface DebtorRelanceView {
  debtorId: number;
  choice: ScenarioChoice;
  scenarioName: string | null;
  ownerUserId: number | null;
  postponedUntil: CalendarDate | null;
  outlook: OutlookView;
  history: RelanceActionRecord[];
}

/** What the SMS export wrote, and the debtors left on the agenda with the reason. */
export interface SmsExport {
  path: string | null;
  count: number;
  /** Debtors whose SMS could not be exported: no mobile number (a landline), no number. */
  withoutNumber: { debtorId: number; debtorName: string; reason: string }[];
}

/** What a batch of today's letters and e-mails produced. */
export interface BatchResult {
  folder: string;
  mergedLettersPath: string | null;
  letters: number;
  emailsDrafted: number;
  emailsSent: number;
  failures: { debtorId: number; debtorName: string; message: string }[];
  /** True when the user stopped it: what was done before stays done and recorded. */
  stopped: boolean;
}

/** Whose agenda: everyone, one person in charge, or the debtors nobody follows. */
export type OwnerFilter =
  { kind: 'tous' } | { kind: 'personne'; userId: number } | { kind: 'sans' };
