import type { CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';
import type { DebtorKind } from './debtor';
import type { ProcedureStepKind } from './legal-case';

/** A debtor the batch screen offers: overdue amounts and where its procedure stands. */
export interface BatchCandidate {
  debtorId: number;
  debtorName: string;
  kind: DebtorKind;
  overdueCents: Cents;
  maxDaysOverdue: number;
  miseEnDemeureSentOn: CalendarDate | null;
  lastStep: ProcedureStepKind | null;
}

/** What the batch did for one debtor: a document written, or why not. */
export interface BatchItemResult {
  debtorId: number;
  debtorName: string;
  status: 'prepared' | 'skipped';
  filePath: string | null;
  totalCents: Cents | null;
  /** Blocking findings (skipped) or warnings (prepared), in French. */
  messages: string[];
}

/** The result of a batch job. */
export interface BatchResult {
  kind: 'mise_en_demeure' | 'requete';
  items: BatchItemResult[];
  /** One .docx holding every document prepared, to print them at once. */
  mergedPath: string | null;
}
