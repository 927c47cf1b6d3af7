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
  | 'ledger_imported'
  | 'mise_en_demeure_prepared'
  | 'legal_document_prepared'
  | 'legal_step_recorded'
  | 'legal_step_cancelled'
  | 'legal_case_closed'
  | 'legal_handover'
  | 'credit_limit_set'
  | 'relance_done'
  | 'relance_skipped'
  | 'relance_postponed'
  | 'relance_scenario_changed'
  | 'owner_changed'
  | 'call_logged'
  | 'promise_added'
  | 'promise_cancelled'
  | 'payment_plan_added'
  | 'payment_plan_signed'
  | 'payment_plan_cancelled'
  | 'dispute_opened'
  | 'dispute_closed'
  | 'statement_exported'
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
