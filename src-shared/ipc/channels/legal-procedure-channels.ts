import { z } from 'zod';
import type { DocumentSpec } from '../../documents/document-blocks';
import type { LegalCase, LegalCaseSummary, PreparedDocument } from '../../domain/legal-case';
import type { DebtorProcedure, PrescriptionWarning } from '../../domain/legal-view';
import type { InjonctionChecks } from '../../legal/injonction-checks';
import type { InjonctionDraft } from '../../legal/injonction-draft';
import type { BatchCandidate } from '../../domain/legal-batch';
import { byId, calendarDate, id, noArgs, shortText } from '../schemas/common';
import { claimNature, injonctionDraft, judgeKind, stepInput } from '../schemas/legal-schemas';
import { channel } from './define-channel';

const byDebtor = z.object({ debtorId: id }).strict();

/** A debtor's procedure: amounts with working, court, documents, and the cases that follow. */
export const legalProcedureChannels = {
  'legal:procedure': channel(byDebtor).returns<DebtorProcedure>(),
  'legal:setNature': channel(
    z.object({ debtorId: id, nature: claimNature }).strict(),
  ).returns<DebtorProcedure>(),
  'legal:chooseCourt': channel(
    z.object({ debtorId: id, courtCode: shortText }).strict(),
  ).returns<DebtorProcedure>(),
  'legal:setManualCourt': channel(
    z
      .object({ debtorId: id, name: shortText, address: z.string().max(2000), judge: judgeKind })
      .strict(),
  ).returns<DebtorProcedure>(),
  'legal:forgetCourt': channel(byDebtor).returns<DebtorProcedure>(),
  'legal:prescriptionWarnings': channel(noArgs).returns<PrescriptionWarning[]>(),

  'legal:miseEnDemeure': channel(
    z
      .object({
        debtorId: id,
        deadlineDays: z.number().int().min(1).max(90).optional(),
        sentOn: calendarDate.nullable().optional(),
      })
      .strict(),
  ).returns<PreparedDocument>(),
  'legal:injonctionDraft': channel(byDebtor).returns<{
    draft: InjonctionDraft;
    checks: InjonctionChecks;
    preview: DocumentSpec;
  }>(),
  'legal:injonctionPreview': channel(z.object({ draft: injonctionDraft }).strict()).returns<{
    checks: InjonctionChecks;
    preview: DocumentSpec;
  }>(),
  'legal:injonctionExport': channel(
    z.object({ draft: injonctionDraft }).strict(),
  ).returns<PreparedDocument>(),
  'legal:refereNote': channel(
    z.object({ debtorId: id, contactId: id.nullable() }).strict(),
  ).returns<PreparedDocument>(),
  'legal:handOver': channel(
    z.object({ debtorId: id, contactId: id }).strict(),
  ).returns<PreparedDocument>(),
  'legal:batchCandidates': channel(noArgs).returns<BatchCandidate[]>(),
  'legal:batchPrepare': channel(
    z
      .object({
        kind: z.enum(['mise_en_demeure', 'requete']),
        debtorIds: z.array(id).min(1).max(500),
      })
      .strict(),
  ).returns<{ jobId: string }>(),

  'cases:list': channel(noArgs).returns<LegalCaseSummary[]>(),
  'cases:get': channel(byId).returns<LegalCase>(),
  'cases:recordStep': channel(
    z.object({ debtorId: id, input: stepInput }).strict(),
  ).returns<LegalCase>(),
  'cases:cancelStep': channel(z.object({ stepId: id }).strict()).returns<LegalCase>(),
  'cases:close': channel(
    z.object({ id, outcome: z.enum(['paye', 'accord', 'abandon', 'irrecouvrable']) }).strict(),
  ).returns<LegalCase>(),
};
