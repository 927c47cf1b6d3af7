import type { AssignmentRule, Scenario } from '../../src-shared/relance/scenario';
import { notFound } from '../errors/app-error';
import type { Queryable } from '../workspace/service-context';

/** Every plan de relance with its steps in order; archived ones too when asked. */
export async function loadScenarios(db: Queryable, includeArchived = true): Promise<Scenario[]> {
  let query = db.selectFrom('relanceScenarios').selectAll();
  if (!includeArchived) query = query.where('archived', '=', 0);
  const rows = await query.orderBy('id').execute();
  const steps = await db
    .selectFrom('relanceSteps')
    .selectAll()
    .orderBy('scenarioId')
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    shippedKey: row.shippedKey,
    archived: row.archived === 1,
    steps: steps
      .filter((step) => step.scenarioId === row.id)
      .map((step) => ({
        offsetDays: step.offsetDays,
        channel: step.channel,
        tone: step.tone,
        subject: step.subject,
        body: step.body,
        deadlineDays: step.deadlineDays,
        repeatEveryDays: step.repeatEveryDays,
      })),
  }));
}

/** One plan de relance, or a French « introuvable ». */
export async function findScenario(db: Queryable, id: number): Promise<Scenario> {
  const scenario = (await loadScenarios(db)).find((candidate) => candidate.id === id);
  if (!scenario) throw notFound('Ce plan de relance');
  return scenario;
}

/** The assignment rules, in the order they are tried. */
export async function loadRules(db: Queryable): Promise<AssignmentRule[]> {
  const rows = await db.selectFrom('relanceRules').selectAll().orderBy('position').execute();
  return rows.map(({ position: _position, ...rule }) => rule);
}
