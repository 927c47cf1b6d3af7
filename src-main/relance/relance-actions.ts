import type {
  AgendaItem,
  PreparedRelance,
  RelanceActionRecord,
} from '../../src-shared/relance/relance-view';
import { formatFrenchDate } from '../../src-shared/dates/french-date';
import { isBusinessDay } from '../../src-shared/dates/french-holidays';
import type { IdleReason } from '../../src-shared/relance/relance-outlook';
import type { ScenarioStep } from '../../src-shared/relance/scenario';
import { templateProblems } from '../../src-shared/relance/template-fields';
import { AppError, notFound, validationError } from '../errors/app-error';
import type { SecretStore } from '../secrets/secret-store';
import { inTransaction, type ServiceContext } from '../workspace/service-context';
import { computeCheckedRelance, toAgendaItem } from './debtor-outlook';
import { prepareDelivery } from './relance-delivery';
import { insertRelanceAction } from './relance-action-writer';
import { composeMessage } from './relance-message';
import { dayFolder } from './relance-output';
import { recordDelivery } from './relance-recording';
import { loadRelanceWorld } from './relance-world';

/** The relance the user saw on the agenda, to check it is still the one due. */
export interface SeenRelance {
  debtorId: number;
  scenarioId: number;
  stepIndex: number;
}

const IDLE_MESSAGES: Record<IdleReason, string> = {
  sans_plan: 'Aucun plan de relance ne s’applique à ce débiteur.',
  contentieux: 'Ce dossier est au contentieux : la relance amiable est arrêtée.',
  rien_a_relancer: 'Ce débiteur ne doit plus rien : il n’y a rien à relancer.',
  prescrit:
    'Les factures ouvertes de ce débiteur sont prescrites : elles sortent de la relance ' +
    '(voir « Procédure » sur sa fiche).',
  plan_termine: 'Toutes les étapes du plan de relance ont été faites.',
};

/** The debtor's current relance (due or planned) with its step, or a French reason why none. */
export async function currentRelance(
  context: ServiceContext,
  debtorId: number,
  knownRiskClasses?: ReadonlyMap<number, string>,
): Promise<{ item: AgendaItem; step: ScenarioStep; due: boolean }> {
  const world = await loadRelanceWorld(
    context.database.db,
    context.today(),
    debtorId,
    knownRiskClasses,
  );
  const debtor = world.debtors[0];
  if (!debtor) throw notFound('Ce débiteur');
  const computed = await computeCheckedRelance(context.database.db, world, debtor, 'planned');
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
  const dayOff = !isBusinessDay(context.today());
  if (!current.due && dayOff && current.item.heldBy === 'jour_non_ouvre') {
    throw new AppError(
      'CONFLICT',
      'Aujourd’hui n’est pas un jour ouvré : cette relance est prévue le ' +
        `${formatFrenchDate(current.item.dueOn)} (réglage des garde-fous).`,
    );
  }
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

/** Where a relance's documents go and where this machine keeps the SMTP password. */
export interface RelanceEnvironment {
  outputRoot: string;
  secrets: SecretStore;
}

/**
 * Does the debtor's due relance: writes the letter or the e-mail with the
 * text as shown or as edited, records it with its exact content, and sends
 * the e-mail when asked and SMTP is configured (see recordDelivery for the
 * order). A failure records nothing, sends nothing and removes the file.
 */
export async function doRelance(
  context: ServiceContext,
  input: SeenRelance & { subject: string | null; body: string | null; send: boolean },
  environment: RelanceEnvironment,
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
  const prepared = await prepareDelivery(context, message, subject, body, {
    folder: dayFolder(environment.outputRoot, context.today()),
    send: input.send,
    secrets: environment.secrets,
  });
  return recordDelivery(context, prepared, {
    item,
    status: 'fait',
    subject: subject || null,
    body,
    skipReason: null,
    callOutcome: null,
    batchId: null,
  });
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
