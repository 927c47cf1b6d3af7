import type { CalendarDate } from '../dates/calendar-date';

export type DisputeReason = 'prix' | 'qualite' | 'livraison' | 'deja_paye' | 'autre';

export const DISPUTE_REASON_LABELS: Record<DisputeReason, string> = {
  prix: 'Prix contesté',
  qualite: 'Qualité contestée',
  livraison: 'Livraison contestée',
  deja_paye: 'Déjà payé selon le client',
  autre: 'Autre motif',
};

export type DisputeOutcome = 'avoir' | 'rejete' | 'facture_corrigee';

export const DISPUTE_OUTCOME_LABELS: Record<DisputeOutcome, string> = {
  avoir: 'Avoir accordé',
  rejete: 'Contestation rejetée',
  facture_corrigee: 'Facture corrigée',
};

/** A litige on some of a debtor's invoices; while open they leave the relance. */
export interface Dispute {
  id: number;
  debtorId: number;
  reason: DisputeReason;
  description: string | null;
  ownerUserId: number | null;
  openedOn: CalendarDate;
  closedOn: CalendarDate | null;
  outcome: DisputeOutcome | null;
  invoiceIds: number[];
  createdBy: string;
}

/** True while the dispute has not been closed (as of a date). */
export function isDisputeOpen(dispute: Dispute, on: CalendarDate): boolean {
  return dispute.openedOn <= on && (dispute.closedOn === null || dispute.closedOn > on);
}

/** The invoices under an open dispute on a date. */
export function disputedInvoiceIds(disputes: readonly Dispute[], on: CalendarDate): Set<number> {
  const ids = new Set<number>();
  for (const dispute of disputes) {
    if (isDisputeOpen(dispute, on)) dispute.invoiceIds.forEach((id) => ids.add(id));
  }
  return ids;
}
