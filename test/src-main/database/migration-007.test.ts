import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../src-main/database/migrations';
import { runMigrations } from '../../../src-main/database/migrator';
import { validateScenarioInput } from '../../../src-shared/relance/scenario-rules';
import type { ScenarioStep } from '../../../src-shared/relance/scenario';

describe('migration 7: relance engine', () => {
  let database: Database.Database;

  beforeEach(() => {
    database = new Database(':memory:');
    runMigrations(database, migrations.slice(0, 6));
    database
      .prepare(
        `INSERT INTO debtors (kind, name, address_line1, postal_code, city, created_at, updated_at)
         VALUES ('entreprise', 'Ancien Client', '1 rue A', '75001', 'Paris', '2025-01-01', '2025-01-01')`,
      )
      .run();
    runMigrations(database, migrations.slice(0, 7));
  });

  afterEach(() => database.close());

  it('keeps the debtors of the file as they were', () => {
    expect(database.prepare('SELECT name, kind FROM debtors').all()).toEqual([
      { name: 'Ancien Client', kind: 'entreprise' },
    ]);
  });

  it(
    'installs the three shipped plans, with valid templates, and makes the standard one ' +
      'default',
    () => {
      const scenarios = database
        .prepare('SELECT id, name, shipped_key AS key FROM relance_scenarios ORDER BY id')
        .all() as { id: number; name: string; key: string }[];
      const steps = (scenarioId: number) =>
        database
          .prepare(
            `SELECT offset_days AS offsetDays, channel, tone, subject, body,
               deadline_days AS deadlineDays, repeat_every_days AS repeatEveryDays
             FROM relance_steps WHERE scenario_id = ? ORDER BY position`,
          )
          .all(scenarioId) as ScenarioStep[];
      const setting = (key: string) =>
        (database.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string })
          .value;

      expect(scenarios.map((scenario) => scenario.name)).toEqual([
        'Entreprises – standard',
        'Grands comptes – relation à préserver',
        'Particuliers',
      ]);
      for (const scenario of scenarios) {
        const input = { name: scenario.name, description: null, steps: steps(scenario.id) };
        expect(validateScenarioInput(input), scenario.name).toEqual({});
      }
      expect(steps(scenarios[0]!.id).map((step) => step.channel)).toEqual([
        'email',
        'email',
        'appel',
        'lettre',
        'mise_en_demeure',
        'appel',
      ]);
      expect(setting('relance.defaultScenarioId')).toBe(String(scenarios[0]!.id));
      expect(setting('relance.minGapDays')).toBe('5');
    },
  );

  it('sends consumers to their own plan and large debts to the key-account plan', () => {
    const rules = database
      .prepare(
        `SELECT s.shipped_key AS key, r.debtor_kind AS kind, r.min_open_cents AS min
         FROM relance_rules r JOIN relance_scenarios s ON s.id = r.scenario_id ORDER BY r.position`,
      )
      .all();

    expect(rules).toEqual([
      { key: 'particuliers', kind: 'particulier', min: null },
      { key: 'grands-comptes', kind: null, min: 2_000_000 },
    ]);
  });

  it('keeps relance actions append-only', () => {
    database
      .prepare(
        `INSERT INTO relance_actions (debtor_id, step_index, channel, tone, status, planned_on,
           done_on, done_at, actor) VALUES (1, 0, 'email', 'courtois', 'fait', '2026-12-03',
           '2026-12-03', '2026-12-03T10:00:00Z', 'Test')`,
      )
      .run();

    expect(() => database.prepare('DELETE FROM relance_actions').run()).toThrow(/append-only/);
    expect(() => database.prepare("UPDATE relance_actions SET body = 'x'").run()).toThrow(
      /append-only/,
    );
  });
});
