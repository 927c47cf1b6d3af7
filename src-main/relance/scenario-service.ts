import { hasFieldErrors } from '../../src-shared/domain/field-errors';
import type {
  AssignmentRuleInput,
  Scenario,
  ScenarioInput,
} from '../../src-shared/relance/scenario';
import {
  normaliseScenarioInput,
  validateScenarioInput,
} from '../../src-shared/relance/scenario-rules';
import { recordChange } from '../audit/audit-trail';
import { validationError } from '../errors/app-error';
import { inTransaction, type Queryable, type ServiceContext } from '../workspace/service-context';
import { findScenario, loadRules } from './scenario-repository';

function checked(input: ScenarioInput): ScenarioInput {
  const normalised = normaliseScenarioInput(input);
  const errors = validateScenarioInput(normalised);
  if (hasFieldErrors(errors)) throw validationError(errors);
  return normalised;
}

async function assertNameFree(trx: Queryable, name: string, exceptId: number | null) {
  const clash = await trx
    .selectFrom('relanceScenarios')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirst();
  if (clash && clash.id !== exceptId) {
    throw validationError({ name: `Un plan de relance s’appelle déjà « ${name} ».` });
  }
}

async function writeSteps(trx: Queryable, scenarioId: number, input: ScenarioInput) {
  await trx.deleteFrom('relanceSteps').where('scenarioId', '=', scenarioId).execute();
  await trx
    .insertInto('relanceSteps')
    .values(input.steps.map((step, position) => ({ ...step, scenarioId, position })))
    .execute();
}

/** Creates a plan de relance after checking its steps and templates. */
export async function createScenario(
  context: ServiceContext,
  input: ScenarioInput,
): Promise<Scenario> {
  const clean = checked(input);
  return inTransaction(context, async (trx) => {
    await assertNameFree(trx, clean.name, null);
    const now = context.now().toISOString();
    const row = await trx
      .insertInto('relanceScenarios')
      .values({
        name: clean.name,
        description: clean.description,
        shippedKey: null,
        archived: 0,
        createdAt: now,
        updatedAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeSteps(trx, row.id, clean);
    const scenario = await findScenario(trx, row.id);
    await recordChange(trx, context, {
      table: 'relance_scenarios',
      rowId: row.id,
      action: 'insert',
      before: null,
      after: scenario,
    });
    return scenario;
  });
}

/**
 * Replaces a plan's name and steps. Actions already done keep their own copy
 * of what was sent, so editing a plan never rewrites history.
 */
export async function updateScenario(
  context: ServiceContext,
  id: number,
  input: ScenarioInput,
): Promise<Scenario> {
  const clean = checked(input);
  return inTransaction(context, async (trx) => {
    const before = await findScenario(trx, id);
    await assertNameFree(trx, clean.name, id);
    await trx
      .updateTable('relanceScenarios')
      .set({
        name: clean.name,
        description: clean.description,
        updatedAt: context.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await writeSteps(trx, id, clean);
    const after = await findScenario(trx, id);
    await recordChange(trx, context, {
      table: 'relance_scenarios',
      rowId: id,
      action: 'update',
      before,
      after,
    });
    return after;
  });
}

/** Copies a plan (shipped or not) under a new name, for the user to edit. */
export async function copyScenario(context: ServiceContext, id: number): Promise<Scenario> {
  const source = await findScenario(context.database.db, id);
  const names = new Set(
    (await context.database.db.selectFrom('relanceScenarios').select('name').execute()).map(
      (row) => row.name,
    ),
  );
  let name = `${source.name} (copie)`;
  for (let index = 2; names.has(name); index += 1) name = `${source.name} (copie ${index})`;
  return createScenario(context, { name, description: source.description, steps: source.steps });
}

/** Archives (or restores) a plan; debtors on it fall back to the rules and the default. */
export async function setScenarioArchived(
  context: ServiceContext,
  id: number,
  archived: boolean,
): Promise<Scenario> {
  return inTransaction(context, async (trx) => {
    const before = await findScenario(trx, id);
    await trx
      .updateTable('relanceScenarios')
      .set({ archived: archived ? 1 : 0, updatedAt: context.now().toISOString() })
      .where('id', '=', id)
      .execute();
    const after = await findScenario(trx, id);
    await recordChange(trx, context, {
      table: 'relance_scenarios',
      rowId: id,
      action: archived ? 'archive' : 'restore',
      before,
      after,
    });
    return after;
  });
}

/** Replaces the assignment rules, tried in the order given. */
export async function saveAssignmentRules(
  context: ServiceContext,
  rules: AssignmentRuleInput[],
): Promise<AssignmentRuleInput[]> {
  return inTransaction(context, async (trx) => {
    const before = await loadRules(trx);
    const known = new Set(
      (
        await trx.selectFrom('relanceScenarios').select('id').where('archived', '=', 0).execute()
      ).map((row) => row.id),
    );
    const errors: Record<string, string> = {};
    rules.forEach((rule, index) => {
      if (!known.has(rule.scenarioId)) {
        errors[`rules.${index}.scenarioId`] = 'Choisissez un plan de relance actif.';
      }
      if (rule.minOpenCents !== null && rule.minOpenCents < 0) {
        errors[`rules.${index}.minOpenCents`] = 'Le montant minimum ne peut pas être négatif.';
      }
    });
    if (Object.keys(errors).length > 0) throw validationError(errors);
    await trx.deleteFrom('relanceRules').execute();
    if (rules.length > 0) {
      await trx
        .insertInto('relanceRules')
        .values(
          rules.map((rule, position) => ({
            ...rule,
            sector: rule.sector?.trim() || null,
            riskClass: rule.riskClass?.trim() || null,
            position,
          })),
        )
        .execute();
    }
    const after = await loadRules(trx);
    await recordChange(trx, context, {
      table: 'relance_rules',
      rowId: 0,
      action: 'update',
      before,
      after,
    });
    return after.map(({ id: _id, ...rule }) => rule);
  });
}
