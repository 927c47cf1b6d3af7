import fs from 'node:fs';
import type {
  AgendaItem,
  PreparedRelance,
  RelanceActionRecord,
} from '../../src-shared/relance/relance-view';
import type { ScenarioStep } from '../../src-shared/relance/scenario';
import { templateProblems } from '../../src-shared/relance/template-fields';
import { AppError, notFound, validationError } from '../errors/app-error';
import { inTransaction, type ServiceContext } from '../workspace/service-context';
import { computeDebtorRelance, toAgendaItem } from './debtor-outlook';
import { deliverMessage } from './relance-delivery';
import { insertRelanceAction } from './relance-action-writer';
import { composeMessage } from './relance-message';
import { dayFolder } from './relance-output';
import { loadRelanceWorld } from './relance-world';

/** The relance the user saw on the agenda, to check it is still the one due. */
export interface SeenRelance {
  debtorId: number;
  scenarioId: number;
  stepIndex: number;
}

const IDLE_MESSAGES = {
  sans_plan: 'Aucun plan de relance ne s’applique à ce débiteur.',
  contentieux: 'Ce dossier est au contentieux : la relance amiable est arrêtée.',
  rien_a_relancer: 'Ce débiteur ne doit plus rien : il n’y a rien à relancer.',
  plan_termine: 'Toutes les étapes du plan de relance ont été faites.',
};

/** The debtor's current relance (due or planned) with its step, or a French reason why none. */
export async function currentRelance(
  context: ServiceContext,
  debtorId: number,
): Promise<{ item: AgendaItem; step: ScenarioStep; due: boolean }> {
  const world = await loadRelanceWorld(context.database.db, context.today(), debtorId);
  const debtor = world.debtors[0];
  if (!debtor) throw notFound('Ce débiteur');
  const computed = computeDebtorRelance(world, debtor);
  const { outlook } = computed;
  if (outlook.state === 'paused') {
    throw new AppError(
      'CONFLICT',
      'La relance est suspendue (litige, promesse ou échéancier en cours).',
    );
  }
  if (outlook.state === 'idle') throw new AppError('CONFLICT', IDLE_MESSAGES[outlook.reason]);
  return {
    item: toAgendaItem(world, computed, outlook.relance),
    step: outlook.relance.step,
    due: outlook.state === 'due',
  };
}

/** The debtor's relance due today, refused if it is not the one the user saw. */
export async function dueRelance(context: ServiceContext, seen: SeenRelance) {
  const current = await currentRelance(context, seen.debtorId);
  if (
    !current.due ||
    current.item.scenarioId !== seen.scenarioId ||
    current.item.stepIndex !== seen.stepIndex
  ) {
    throw new AppError(
      'CONFLICT',
      'Cette relance a déjà été traitée ou a changé entre-temps : l’agenda a été actualisé.',
    );
  }
  return current;
}

/** The debtor's relance written out, ready to send or to edit before sending. */
export async function prepareRelance(
  context: ServiceContext,
  debtorId: number,
): Promise<PreparedRelance> {
  const { item, step } = await currentRelance(context, debtorId);
  const message = await composeMessage(
    context.database.db,
    context.today(),
    debtorId,
    item.invoices.map((invoice) => invoice.id),
    step,
  );
  const {
    debtor: _debtor,
    company: _company,
    step: _step,
    figures: _figures,
    invoiceIds: _ids,
    ...rest
  } = message;
  return { item, ...rest };
}

function checkedText(field: 'subject' | 'body', text: string | null, fallback: string): string {
  const value = text ?? fallback;
  const problems = templateProblems(value);
  if (problems.length > 0) throw validationError({ [field]: problems.join(' ') });
  return value;
}

/**
 * Does the debtor's due relance: writes the letter or the e-mail (sent when
 * asked and SMTP is configured) with the text as shown or as edited, then
 * records it with its exact content. A failure records nothing and removes
 * the file written.
 */
export async function doRelance(
  context: ServiceContext,
  input: SeenRelance & { subject: string | null; body: string | null; send: boolean },
  outputRoot: string,
): Promise<RelanceActionRecord> {
  const { item, step } = await dueRelance(context, input);
  const message = await composeMessage(
    context.database.db,
    context.today(),
    input.debtorId,
    item.invoices.map((invoice) => invoice.id),
    step,
  );
  const subject = checkedText('subject', input.subject, message.subject);
  const body = checkedText('body', input.body, message.sms?.text ?? message.body);
  const outcome = await deliverMessage(context, message, subject, body, {
    folder: dayFolder(outputRoot, context.today()),
    send: input.send,
  });
  try {
    return await inTransaction(context, (trx) =>
      insertRelanceAction(trx, context, {
        item,
        status: 'fait',
        recipient: outcome.recipient,
        subject: subject || null,
        body,
        delivery: outcome.delivery,
        outputPath: outcome.outputPath,
        skipReason: null,
        callOutcome: null,
        batchId: null,
      }),
    );
  } catch (error) {
    if (outcome.outputPath) fs.rmSync(outcome.outputPath, { force: true });
    throw error;
  }
}

/** Skips the debtor's due relance with a reason; the plan moves on to its next step. */
export async function skipRelance(
  context: ServiceContext,
  seen: SeenRelance,
  reason: string,
): Promise<RelanceActionRecord> {
  if (!reason.trim())
    throw validationError({ reason: 'Indiquez pourquoi cette relance est ignorée.' });
  const { item } = await dueRelance(context, seen);
  return inTransaction(context, (trx) =>
    insertRelanceAction(trx, context, {
      item,
      status: 'ignore',
      recipient: null,
      subject: null,
      body: null,
      delivery: null,
      outputPath: null,
      skipReason: reason.trim(),
      callOutcome: null,
      batchId: null,
    }),
  );
}
