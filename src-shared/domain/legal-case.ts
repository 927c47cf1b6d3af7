import type { CalendarDate } from '../dates/calendar-date';
import type { JudgeKind } from '../legal/cerfa-forms';
import type { Cents } from '../money/cents';

/** A dated fact of a procedure, as the user records it. */
export type ProcedureStepKind =
  | 'mise_en_demeure_envoyee'
  | 'mise_en_demeure_recue'
  | 'requete_deposee'
  | 'ordonnance_rendue'
  | 'requete_rejetee'
  | 'ordonnance_signifiee'
  | 'opposition_formee'
  | 'delai_opposition_expire'
  | 'paiement_recu'
  | 'execution_forcee'
  | 'remise_commissaire'
  | 'note_refere_transmise';

/** Every step kind in the order a procedure usually follows them. */
export const PROCEDURE_STEP_KINDS: readonly ProcedureStepKind[] = [
  'mise_en_demeure_envoyee',
  'mise_en_demeure_recue',
  'requete_deposee',
  'ordonnance_rendue',
  'requete_rejetee',
  'ordonnance_signifiee',
  'opposition_formee',
  'delai_opposition_expire',
  'paiement_recu',
  'execution_forcee',
  'remise_commissaire',
  'note_refere_transmise',
];

export const PROCEDURE_STEP_LABELS: Record<ProcedureStepKind, string> = {
  mise_en_demeure_envoyee: 'Mise en demeure envoyée (LRAR)',
  mise_en_demeure_recue: 'Accusé de réception de la mise en demeure',
  requete_deposee: 'Requête en injonction de payer déposée',
  ordonnance_rendue: 'Ordonnance portant injonction de payer rendue',
  requete_rejetee: 'Requête rejetée',
  ordonnance_signifiee: 'Ordonnance signifiée au débiteur',
  opposition_formee: 'Opposition formée par le débiteur',
  delai_opposition_expire: "Délai d'opposition expiré sans opposition",
  paiement_recu: 'Paiement reçu',
  execution_forcee: 'Exécution forcée confiée au commissaire de justice',
  remise_commissaire: 'Dossier remis à un commissaire de justice',
  note_refere_transmise: "Note de référé-provision transmise à l'avocat",
};

/** One recorded step; a step entered by mistake is cancelled, never deleted. */
export interface ProcedureStep {
  id: number;
  caseId: number;
  kind: ProcedureStepKind;
  occurredOn: CalendarDate;
  /** The payment deadline a mise en demeure gave, when the step is one. */
  deadlineOn: CalendarDate | null;
  reference: string | null;
  note: string | null;
  documentId: number | null;
  contactId: number | null;
  cancelledAt: string | null;
  createdBy: string;
  createdAt: string;
}

/** A deadline computed from the steps: what to do (or wait for) and by when. */
export interface ProcedureDeadline {
  kind: 'paiement' | 'signification' | 'opposition' | 'attente';
  dueOn: CalendarDate | null;
  level: 'info' | 'warning' | 'danger';
  message: string;
}

export type LegalDocumentKind = 'mise_en_demeure' | 'requete' | 'note_refere' | 'remise';

export const LEGAL_DOCUMENT_LABELS: Record<LegalDocumentKind, string> = {
  mise_en_demeure: 'Mise en demeure',
  requete: 'Requête en injonction de payer',
  note_refere: 'Note pour un référé-provision',
  remise: 'Dossier de remise au commissaire de justice',
};

/** A document written for a case, with the amount it claimed. */
export interface LegalDocument {
  id: number;
  caseId: number;
  debtorId: number;
  kind: LegalDocumentKind;
  preparedOn: CalendarDate;
  /** The .docx written, or the folder for a hand-over pack. */
  filePath: string;
  invoiceIds: number[];
  totalCents: Cents;
  createdBy: string;
}

export type CaseOutcome = 'paye' | 'accord' | 'abandon' | 'irrecouvrable';

export const CASE_OUTCOME_LABELS: Record<CaseOutcome, string> = {
  paye: 'Payé',
  accord: 'Accord trouvé',
  abandon: 'Abandonné',
  irrecouvrable: 'Irrécouvrable',
};

/** The court a requête was addressed to, as written in it. */
export interface CaseCourt {
  name: string;
  address: string | null;
  judge: JudgeKind;
  cerfaNumber: string;
}

/** A debtor's contentieux: its steps, documents and what is due next. */
export interface LegalCase {
  id: number;
  debtorId: number;
  debtorName: string;
  openedOn: CalendarDate;
  closedOn: CalendarDate | null;
  outcome: CaseOutcome | null;
  court: CaseCourt | null;
  steps: ProcedureStep[];
  documents: LegalDocument[];
  deadlines: ProcedureDeadline[];
}

export type LegalContactKind = 'commissaire' | 'avocat';

export const LEGAL_CONTACT_LABELS: Record<LegalContactKind, string> = {
  commissaire: 'Commissaire de justice',
  avocat: 'Avocat',
};

/** A commissaire de justice or a lawyer the user works with. */
export interface LegalContact {
  id: number;
  kind: LegalContactKind;
  name: string;
  firm: string | null;
  addressLine1: string | null;
  postalCode: string | null;
  city: string | null;
  email: string | null;
  phone: string | null;
  notes: string | null;
  archived: boolean;
}

/** What the user types to add or edit a directory entry. */
export type LegalContactInput = Omit<LegalContact, 'id' | 'archived'>;

/** One line of the « Contentieux » list. */
export interface LegalCaseSummary {
  id: number;
  debtorId: number;
  debtorName: string;
  openedOn: CalendarDate;
  closedOn: CalendarDate | null;
  outcome: CaseOutcome | null;
  lastStep: Pick<ProcedureStep, 'kind' | 'occurredOn'> | null;
  /** The most urgent deadline, or null when nothing is pending. */
  nextDeadline: ProcedureDeadline | null;
  /** The total claimed by the latest document, or null before any. */
  claimedCents: Cents | null;
}

/** What the user types to record a step. */
export interface ProcedureStepInput {
  kind: ProcedureStepKind;
  occurredOn: CalendarDate;
  deadlineOn: CalendarDate | null;
  reference: string | null;
  note: string | null;
  contactId: number | null;
}

/** A document just written: where it is and what it claims. */
export interface PreparedDocument {
  documentId: number;
  caseId: number;
  kind: LegalDocumentKind;
  filePath: string;
  /** Every file written (a hand-over pack has a .docx and a .csv). */
  files: string[];
  totalCents: Cents;
}
