import { batchCandidates, runBatch } from '../../legal/batch-service';
import {
  chooseCourt,
  forgetCourtChoice,
  setClaimNature,
  setManualCourt,
} from '../../legal/court-choice-service';
import { loadDebtorProcedure } from '../../legal/debtor-procedure';
import { documentsRootOf } from '../../legal/document-output';
import { prepareHandOver } from '../../legal/handover-service';
import { checkDraft, draftInjonction } from '../../legal/injonction-draft-service';
import { exportInjonction } from '../../legal/injonction-export-service';
import { loadCase } from '../../legal/legal-case-repository';
import { cancelStep, closeCase, listCases, recordStep } from '../../legal/legal-case-service';
import { prepareMiseEnDemeure } from '../../legal/mise-en-demeure-service';
import { prescriptionWarnings } from '../../legal/prescription-service';
import { prepareRefereNote } from '../../legal/refere-note-service';
import type { Workspace } from '../../workspace/workspace';
import type { HandlerRegistry } from '../dispatch';

function documentsRoot(workspace: Workspace): string {
  return documentsRootOf(workspace.dataDirectory);
}

/** A debtor's procedure, its documents, and the cases that follow it. */
export const legalProcedureHandlers = {
  'legal:procedure': (args, { workspace }) =>
    loadDebtorProcedure(workspace.context(), args.debtorId),
  'legal:setNature': async (args, { workspace }) => {
    await setClaimNature(workspace.context(), args.debtorId, args.nature);
    return loadDebtorProcedure(workspace.context(), args.debtorId);
  },
  'legal:chooseCourt': async (args, { workspace }) => {
    await chooseCourt(workspace.context(), args.debtorId, args.courtCode);
    return loadDebtorProcedure(workspace.context(), args.debtorId);
  },
  'legal:setManualCourt': async (args, { workspace }) => {
    await setManualCourt(workspace.context(), args.debtorId, args);
    return loadDebtorProcedure(workspace.context(), args.debtorId);
  },
  'legal:forgetCourt': async (args, { workspace }) => {
    await forgetCourtChoice(workspace.context(), args.debtorId);
    return loadDebtorProcedure(workspace.context(), args.debtorId);
  },
  'legal:prescriptionWarnings': (_args, { workspace }) => prescriptionWarnings(workspace.context()),

  'legal:miseEnDemeure': (args, { workspace }) =>
    prepareMiseEnDemeure(workspace.context(), documentsRoot(workspace), args.debtorId, {
      deadlineDays: args.deadlineDays,
      sentOn: args.sentOn ?? null,
    }),
  'legal:injonctionDraft': async (args, { workspace }) => {
    const draft = await draftInjonction(workspace.context(), args.debtorId);
    const { checks, preview } = await checkDraft(workspace.context(), draft);
    return { draft, checks, preview };
  },
  'legal:injonctionPreview': async (args, { workspace }) => {
    const { checks, preview } = await checkDraft(workspace.context(), args.draft);
    return { checks, preview };
  },
  'legal:injonctionExport': async (args, { workspace }) =>
    (await exportInjonction(workspace.context(), documentsRoot(workspace), args.draft)).prepared,
  'legal:refereNote': (args, { workspace }) =>
    prepareRefereNote(workspace.context(), documentsRoot(workspace), args.debtorId, args.contactId),
  'legal:handOver': (args, { workspace }) =>
    prepareHandOver(workspace.context(), documentsRoot(workspace), args.debtorId, args.contactId),
  'legal:batchCandidates': (_args, { workspace }) => {
    const context = workspace.context();
    return batchCandidates(context.database.db, context.today());
  },
  'legal:batchPrepare': (args, { workspace }) => {
    const context = workspace.context();
    const root = documentsRoot(workspace);
    const jobId = workspace.jobs.start('legal-batch', (handle) =>
      runBatch(context, root, args.kind, args.debtorIds, handle),
    );
    return { jobId };
  },

  'cases:list': (_args, { workspace }) => {
    const context = workspace.context();
    return listCases(context.database.db, context.today());
  },
  'cases:get': (args, { workspace }) => {
    const context = workspace.context();
    return loadCase(context.database.db, args.id, context.today());
  },
  'cases:recordStep': (args, { workspace }) =>
    recordStep(workspace.context(), args.debtorId, args.input),
  'cases:cancelStep': (args, { workspace }) => cancelStep(workspace.context(), args.stepId),
  'cases:close': (args, { workspace }) => closeCase(workspace.context(), args.id, args.outcome),
} satisfies Partial<HandlerRegistry>;
