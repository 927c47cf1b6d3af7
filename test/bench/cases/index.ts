import type { BenchCase } from '../bench-case';
import { agendaCase } from './agenda-case';
import { dashboardColdCase, dashboardWarmCase } from './dashboard-cases';
import { debtorFileCase } from './debtor-file-case';
import { debtorListCase } from './debtor-list-case';
import { miseEnDemeureCase, requeteCase } from './document-cases';
import { fecImportCase } from './fec-import-case';
import { firstListCase } from './first-list-case';
import { legalBatchCase } from './legal-batch-case';
import { relanceBatchCase } from './relance-batch-case';
import { riskScoringCase } from './risk-scoring-case';

/** Every benchmark, in the order of the table. */
export const benchCases: BenchCase[] = [
  fecImportCase,
  debtorListCase,
  debtorFileCase,
  dashboardColdCase,
  dashboardWarmCase,
  riskScoringCase,
  agendaCase,
  miseEnDemeureCase,
  requeteCase,
  relanceBatchCase,
  legalBatchCase,
  firstListCase,
];
