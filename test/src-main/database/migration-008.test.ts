import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../src-main/database/migrations';
import { runMigrations } from '../../../src-main/database/migrator';
import { validateScenarioInput } from '../../../src-shared/relance/scenario-rules';
import type { ScenarioStep } from '../../../src-shared/relance/scenario';

type Row = { key: string; channel: string; body: string };

describe('migration 8: secrets off the file, consumer plan wording', () => {
  let database: Database.Database;
  let before: Row[];
  const setting = (key: string) =>
    (
      database.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
        { value: string } | undefined
    )?.value;
  const steps = (): Row[] =>
    database
      .prepare(
        `SELECT c.shipped_key AS key, s.channel, s.body FROM relance_steps s
         JOIN relance_scenarios c ON c.id = s.scenario_id ORDER BY c.id, s.position`,
      )
      .all() as Row[];

  beforeEach(() => {
    database = new Database(':memory:');
    runMigrations(database, migrations.slice(0, 7));
    const insert = database.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    insert.run('smtp.host', 'smtp.example.fr');
    insert.run('smtp.user', 'compta');
    insert.run('smtp.password', 's3cret');
    // The user rewrote the consumer plan's e-mail (step 2): that text must stay theirs.
    database
      .prepare(
        `UPDATE relance_steps SET body = 'Bonjour,\n\nMon texte à moi.'
         WHERE position = 1 AND scenario_id =
           (SELECT id FROM relance_scenarios WHERE shipped_key = 'particuliers')`,
      )
      .run();
    before = steps();
    runMigrations(database, migrations.slice(0, 8));
  });

  afterEach(() => database.close());

  it('deletes the SMTP password from the file and keeps the rest of the account', () => {
    expect(setting('smtp.password')).toBeUndefined();
    expect(setting('smtp.host')).toBe('smtp.example.fr');
    expect(setting('smtp.user')).toBe('compta');
  });

  it('agrees the consumer SMS with the number of invoices', () => {
    const sms = steps().find((step) => step.channel === 'sms')!;

    expect(sms.body).toBe(
      '{{entreprise}} : bonjour, sauf erreur {{factures_echues}}. Merci de nous régler ou de ' +
        'nous appeler au {{telephone_entreprise}}.',
    );
  });

  it('addresses the consumer by name in the letters it still has as shipped', () => {
    const after = steps().filter((step) => step.key === 'particuliers');
    const letters = after.filter((step) => step.channel !== 'sms' && step.channel !== 'appel');

    expect(letters.map((step) => step.body.split('\n')[0])).toEqual([
      'Bonjour,',
      '{{formule_appel}},',
      '{{formule_appel}},',
    ]);
    expect(letters[1]!.body).toContain(
      'Nous vous prions d’agréer l’expression de nos salutations distinguées.',
    );
    expect(letters[1]!.body.split('\n\n').slice(1)).toEqual(
      before
        .filter((step) => step.key === 'particuliers' && step.channel === 'lettre')[0]!
        .body.replace(', Madame, Monsieur, l’expression', ' l’expression')
        .split('\n\n')
        .slice(1),
    );
    expect(letters[0]!.body).toBe('Bonjour,\n\nMon texte à moi.');
  });

  it('leaves the business plans word for word', () => {
    const business = (rows: Row[]) => rows.filter((step) => step.key !== 'particuliers');

    expect(business(steps())).toEqual(business(before));
  });

  it('leaves every shipped plan valid', () => {
    const scenarios = database.prepare('SELECT id, name FROM relance_scenarios').all() as {
      id: number;
      name: string;
    }[];
    for (const scenario of scenarios) {
      const rows = database
        .prepare(
          `SELECT offset_days AS offsetDays, channel, tone, subject, body,
             deadline_days AS deadlineDays, repeat_every_days AS repeatEveryDays
           FROM relance_steps WHERE scenario_id = ? ORDER BY position`,
        )
        .all(scenario.id) as ScenarioStep[];

      expect(
        validateScenarioInput({ name: scenario.name, description: null, steps: rows }),
      ).toEqual({});
    }
  });
});
