import type Database from 'better-sqlite3';
import {
  mergeUserRates,
  type RateTables,
  type UserEcbRate,
  type UserLegalRate,
} from '../../src-shared/legal/rate-tables';
import { DEFAULT_RELANCE_SETTINGS } from '../../src-shared/relance/relance-settings';
import type { AssignmentRule, Scenario, ScenarioStep } from '../../src-shared/relance/scenario';
import { shippedLegalData } from '../legal/legal-assets';
import { RELANCE_SETTING_KEYS } from '../relance/relance-settings-store';

/** The relance set-up of the file being filled: plans, rules, guardrails and rates. */
export interface FileRelanceSetup {
  scenarios: Map<number, Scenario>;
  activeScenarioIds: Set<number>;
  rules: AssignmentRule[];
  minGapDays: number;
  allowWeekends: boolean;
  defaultScenarioId: number | null;
  /** Null when the shipped tables cannot be read: letters then say « à parfaire ». */
  rateTables: RateTables | null;
}

interface StepRow extends ScenarioStep {
  scenarioId: number;
}

interface ScenarioRow {
  id: number;
  name: string;
  description: string | null;
  shippedKey: string | null;
  archived: number;
}

/**
 * Reads the plans de relance, rules, settings and rate tables the migrations installed. The
 * generator runs inside one synchronous transaction, so it reads them with bare statements,
 * with the defaults of scenario-repository.ts, relance-settings-store.ts and legal-tables.ts.
 */
export function readFileRelanceSetup(sqlite: Database.Database): FileRelanceSetup {
  const rows = sqlite
    .prepare(
      `SELECT id, name, description, shipped_key AS shippedKey, archived
       FROM relance_scenarios ORDER BY id`,
    )
    .all() as ScenarioRow[];
  const steps = sqlite
    .prepare(
      `SELECT scenario_id AS scenarioId, offset_days AS offsetDays, channel, tone, subject, body,
         deadline_days AS deadlineDays, repeat_every_days AS repeatEveryDays
       FROM relance_steps ORDER BY scenario_id, position`,
    )
    .all() as StepRow[];
  const scenarios = new Map<number, Scenario>();
  for (const row of rows) {
    scenarios.set(row.id, {
      id: row.id,
      name: row.name,
      description: row.description,
      shippedKey: row.shippedKey,
      archived: row.archived === 1,
      steps: steps
        .filter((step) => step.scenarioId === row.id)
        .map(({ scenarioId: _scenarioId, ...step }) => step),
    });
  }
  const rules = sqlite
    .prepare(
      `SELECT id, scenario_id AS scenarioId, risk_class AS riskClass, sector,
         debtor_kind AS debtorKind, min_open_cents AS minOpenCents
       FROM relance_rules ORDER BY position`,
    )
    .all() as AssignmentRule[];
  const settings = new Map(
    (
      sqlite.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[]
    ).map((row) => [row.key, row.value]),
  );
  const gap = Number(settings.get(RELANCE_SETTING_KEYS.minGapDays));
  const defaultId = Number(settings.get(RELANCE_SETTING_KEYS.defaultScenarioId));
  return {
    scenarios,
    activeScenarioIds: new Set(rows.filter((row) => row.archived === 0).map((row) => row.id)),
    rules,
    minGapDays:
      Number.isInteger(gap) && settings.has(RELANCE_SETTING_KEYS.minGapDays)
        ? gap
        : DEFAULT_RELANCE_SETTINGS.minGapDays,
    allowWeekends: settings.get(RELANCE_SETTING_KEYS.allowWeekends) === 'true',
    defaultScenarioId: Number.isInteger(defaultId) && defaultId > 0 ? defaultId : null,
    rateTables: readRateTables(sqlite),
  };
}

function readRateTables(sqlite: Database.Database): RateTables | null {
  try {
    const legalRates = sqlite
      .prepare(
        `SELECT start, personne_physique_bp AS personnePhysiqueBp, autres_cas_bp AS autresCasBp,
           source FROM user_legal_rates`,
      )
      .all() as UserLegalRate[];
    const ecbRates = sqlite
      .prepare('SELECT effective, rate_bp AS rateBp, source FROM user_ecb_rates')
      .all() as UserEcbRate[];
    return mergeUserRates(shippedLegalData().tables, { legalRates, ecbRates });
  } catch {
    return null;
  }
}
