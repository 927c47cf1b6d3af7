import type { CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';
import type { DebtorEventKind } from './debtor-event';

/** The families the timeline can be filtered by. */
export type TimelineCategory =
  | 'factures'
  | 'reglements'
  | 'relances'
  | 'appels'
  | 'promesses'
  | 'echeanciers'
  | 'litiges'
  | 'contentieux'
  | 'dossier';

export const TIMELINE_CATEGORY_LABELS: Record<TimelineCategory, string> = {
  factures: 'Factures',
  reglements: 'Règlements et avoirs',
  relances: 'Relances',
  appels: 'Appels',
  promesses: 'Promesses',
  echeanciers: 'Échéanciers',
  litiges: 'Litiges',
  contentieux: 'Contentieux',
  dossier: 'Dossier',
};

/** One line of a debtor's merged timeline: an event of its log or an item of its ledger. */
export interface TimelineEntry {
  key: string;
  /** The business date: issue date of an invoice, date of a payment, day of an action. */
  on: CalendarDate;
  /** The instant it was recorded, when known. */
  at: string | null;
  category: TimelineCategory;
  summary: string;
  actor: string | null;
  amountCents: Cents | null;
  /** For a relance: what was sent, word for word. */
  content: { subject: string | null; body: string | null; recipient: string | null } | null;
  outputPath: string | null;
}

/** The family of a timeline event kind; unknown kinds added later fall under « Dossier ». */
export function categoryOfEvent(
  kind: DebtorEventKind | string,
  channel: unknown,
): TimelineCategory {
  if (kind === 'relance_done') return channel === 'appel' ? 'appels' : 'relances';
  if (kind === 'call_logged') return 'appels';
  if (kind.startsWith('relance_')) return 'relances';
  if (kind.startsWith('promise_')) return 'promesses';
  if (kind.startsWith('payment_plan_')) return 'echeanciers';
  if (kind.startsWith('dispute_')) return 'litiges';
  if (kind.startsWith('legal_') || kind === 'mise_en_demeure_prepared') return 'contentieux';
  if (kind === 'invoice_added') return 'factures';
  if (kind === 'payment_recorded' || kind === 'credit_note_added') return 'reglements';
  return 'dossier';
}
