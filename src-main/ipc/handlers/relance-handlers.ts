import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../errors/app-error';
import { debtorRelanceView, buildAgenda } from '../../relance/agenda-service';
import { recordCall } from '../../relance/call-outcome-service';
import {
  postponeRelance,
  setDebtorOwner,
  setDebtorScenario,
} from '../../relance/debtor-relance-service';
import {
  doRelance,
  prepareRelance,
  skipRelance,
  type RelanceEnvironment,
} from '../../relance/relance-actions';
import { runRelanceBatch } from '../../relance/relance-batch';
import { exportStatement } from '../../relance/relance-documents-service';
import { composeMessage } from '../../relance/relance-message';
import { relanceOutputRoot } from '../../relance/relance-output';
import {
  clearSmtpSettings,
  readRelanceSettings,
  readSmtpSettings,
  saveRelanceSettings,
  saveSmtpSettings,
} from '../../relance/relance-settings-store';
import { loadRules, loadScenarios } from '../../relance/scenario-repository';
import {
  copyScenario,
  createScenario,
  saveAssignmentRules,
  setScenarioArchived,
  updateScenario,
} from '../../relance/scenario-service';
import { exportTodaySms } from '../../relance/sms-export';
import { loadRelanceWorld } from '../../relance/relance-world';
import { SecretStore } from '../../secrets/secret-store';
import { assertCanWrite } from '../../workspace/service-context';
import type { Workspace } from '../../workspace/workspace';
import type { HandlerRegistry } from '../dispatch';
import type { HandlerContext } from '../handler-context';

async function outputRoot(workspace: Workspace): Promise<string> {
  const settings = await readRelanceSettings(workspace.context().database.db);
  return relanceOutputRoot(settings, workspace.dataDirectory);
}

// The SMTP password lives in the user data folder, encrypted when the shell has a keychain.
function secretsOf(context: HandlerContext): SecretStore {
  return SecretStore.inDirectory(context.workspace.dataDirectory, context.secretCipher ?? null);
}

async function environmentOf(context: HandlerContext): Promise<RelanceEnvironment> {
  return { outputRoot: await outputRoot(context.workspace), secrets: secretsOf(context) };
}

// The preview picks the debtor's open invoices: those overdue, or all of them
// when none is overdue yet, as the step would group them.
async function previewInvoiceIds(workspace: Workspace, debtorId: number): Promise<number[]> {
  const context = workspace.context();
  const world = await loadRelanceWorld(context.database.db, context.today(), debtorId);
  const open = world.invoices.get(debtorId) ?? [];
  const overdue = open.filter((invoice) => invoice.dueDate < context.today());
  return (overdue.length > 0 ? overdue : open).map((invoice) => invoice.id);
}

/** The relance engine: agenda, actions, plans de relance and their settings. */
export const relanceHandlers = {
  'relance:agenda': (args, { workspace }) => buildAgenda(workspace.context(), args.owner),
  'relance:debtor': (args, { workspace }) => debtorRelanceView(workspace.context(), args.debtorId),
  'relance:prepare': (args, { workspace }) => prepareRelance(workspace.context(), args.debtorId),
  'relance:do': async (args, context) =>
    doRelance(context.workspace.context(), args, await environmentOf(context)),
  'relance:skip': (args, { workspace }) => skipRelance(workspace.context(), args, args.reason),
  'relance:postpone': async (args, { workspace }) => {
    await postponeRelance(workspace.context(), args.debtorId, args.until, args.reason);
    return debtorRelanceView(workspace.context(), args.debtorId);
  },
  'relance:recordCall': (args, { workspace }) => recordCall(workspace.context(), args),
  'relance:runBatch': async (args, handlerContext) => {
    const { workspace } = handlerContext;
    const context = workspace.context();
    // Said at once rather than as the failure of a job that would start for nothing.
    await assertCanWrite(context);
    const environment = await environmentOf(handlerContext);
    const jobId = workspace.jobs.start('relance-batch', (handle) =>
      runRelanceBatch(context, handle, { ...environment, owner: args.owner, send: args.send }),
    );
    return { jobId };
  },
  'relance:exportSms': async (args, { workspace }) =>
    exportTodaySms(workspace.context(), args.owner, await outputRoot(workspace)),
  'relance:preview': async (args, { workspace }) => {
    const context = workspace.context();
    const ids = await previewInvoiceIds(workspace, args.debtorId);
    const message = await composeMessage(
      context.database.db,
      context.today(),
      args.debtorId,
      ids,
      args.step,
    );
    const { debtor: _d, company: _c, step: _s, figures: _f, invoiceIds: _i, ...preview } = message;
    return preview;
  },
  'relance:statement': async (args, { workspace }) =>
    exportStatement(workspace.context(), await outputRoot(workspace), args.debtorId, args.asOf),
  'relance:setScenario': async (args, { workspace }) => {
    await setDebtorScenario(workspace.context(), args.debtorId, args.scenarioId);
    return debtorRelanceView(workspace.context(), args.debtorId);
  },
  'relance:setOwner': async (args, { workspace }) => {
    await setDebtorOwner(workspace.context(), args.debtorId, args.userId);
    return debtorRelanceView(workspace.context(), args.debtorId);
  },
  'relance:openFolder': async (args, { workspace, folderOpener }) => {
    // Only folders the app wrote into may be opened: openPath would run a program.
    const root = path.resolve(await outputRoot(workspace));
    const target = path.resolve(args.path);
    const folder =
      fs.existsSync(target) && fs.statSync(target).isDirectory() ? target : path.dirname(target);
    if (folder !== root && !folder.startsWith(root + path.sep)) {
      throw new AppError('VALIDATION', 'Seuls les dossiers de relances peuvent être ouverts ici.');
    }
    if (!folderOpener) return { opened: false };
    return { opened: await folderOpener.openFolder(folder) };
  },

  'scenarios:configuration': async (_args, context) => {
    const { workspace } = context;
    const db = workspace.context().database.db;
    const secrets = secretsOf(context);
    const [scenarios, rules, settings, smtp] = await Promise.all([
      loadScenarios(db),
      loadRules(db),
      readRelanceSettings(db),
      readSmtpSettings(db, secrets),
    ]);
    return {
      scenarios,
      rules: rules.map(({ id: _id, ...rule }) => rule),
      settings,
      smtp,
      passwordStorage: secrets.protection,
      defaultOutputDirectory: relanceOutputRoot(
        { ...settings, outputDirectory: null },
        workspace.dataDirectory,
      ),
    };
  },
  'scenarios:create': (args, { workspace }) => createScenario(workspace.context(), args.input),
  'scenarios:update': (args, { workspace }) =>
    updateScenario(workspace.context(), args.id, args.input),
  'scenarios:copy': (args, { workspace }) => copyScenario(workspace.context(), args.id),
  'scenarios:archive': (args, { workspace }) =>
    setScenarioArchived(workspace.context(), args.id, args.archived),
  'scenarios:saveRules': (args, { workspace }) =>
    saveAssignmentRules(workspace.context(), args.rules),
  'relanceSettings:save': (args, { workspace }) => saveRelanceSettings(workspace.context(), args),
  'smtp:save': (args, context) =>
    saveSmtpSettings(context.workspace.context(), secretsOf(context), args),
  'smtp:clear': (_args, context) =>
    clearSmtpSettings(context.workspace.context(), secretsOf(context)),
} satisfies Partial<HandlerRegistry>;
