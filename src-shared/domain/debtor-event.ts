/** What can appear on a debtor's timeline. Later features add kinds here. */
export type DebtorEventKind =
  | 'debtor_created'
  | 'debtor_updated'
  | 'debtor_archived'
  | 'debtor_restored'
  | 'contact_added'
  | 'contact_updated'
  | 'invoice_added'
  | 'payment_recorded'
  | 'credit_note_added'
  | 'note';

/** One line of the append-only timeline: what happened, when, by whom, on which invoices. */
export interface DebtorEvent {
  id: number;
  debtorId: number;
  occurredAt: string;
  kind: DebtorEventKind;
  actor: string;
  summary: string;
  invoiceIds: number[];
  details: Record<string, unknown>;
}
