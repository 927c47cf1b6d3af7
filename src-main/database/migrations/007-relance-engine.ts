import type { Migration } from './migration';
import {
  SHIPPED_RULES,
  SHIPPED_SCENARIOS,
  SHIPPED_DEFAULT_SCENARIO,
} from './007-shipped-scenarios';

// The relance engine: plans de relance (scenarios) and their steps, each step
// carrying its own template; the rules that choose a plan for a debtor; each
// debtor's relance state (plan chosen by hand, postponement); and the
// relance actions done or skipped, append-only like the timeline, with the
// exact content sent. What is due today is computed from these on every
// read, never stored. The three shipped plans are written here as data the
// user can copy and edit; the texts are frozen with this migration.
export const relanceEngine: Migration = {
  version: 7,
  name: 'relance engine',
  up(database) {
    database.exec(`
      CREATE TABLE relance_scenarios (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE,
        description TEXT,
        shipped_key TEXT,
        archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );

      CREATE TABLE relance_steps (
        id                INTEGER PRIMARY KEY,
        scenario_id       INTEGER NOT NULL REFERENCES relance_scenarios (id),
        position          INTEGER NOT NULL CHECK (position >= 0),
        offset_days       INTEGER NOT NULL,
        channel           TEXT NOT NULL
          CHECK (channel IN ('email', 'lettre', 'lrar', 'sms', 'appel', 'mise_en_demeure')),
        tone              TEXT NOT NULL CHECK (tone IN ('courtois', 'ferme', 'formel')),
        subject           TEXT NOT NULL,
        body              TEXT NOT NULL,
        deadline_days     INTEGER NOT NULL DEFAULT 8 CHECK (deadline_days > 0),
        repeat_every_days INTEGER CHECK (repeat_every_days IS NULL OR repeat_every_days > 0),
        UNIQUE (scenario_id, position)
      );

      CREATE TABLE relance_rules (
        id             INTEGER PRIMARY KEY,
        position       INTEGER NOT NULL UNIQUE,
        scenario_id    INTEGER NOT NULL REFERENCES relance_scenarios (id),
        risk_class     TEXT,
        sector         TEXT,
        debtor_kind    TEXT CHECK (debtor_kind IS NULL OR debtor_kind IN ('entreprise', 'particulier')),
        min_open_cents INTEGER CHECK (min_open_cents IS NULL OR min_open_cents >= 0)
      );

      CREATE TABLE debtor_relance (
        debtor_id       INTEGER PRIMARY KEY REFERENCES debtors (id),
        scenario_id     INTEGER REFERENCES relance_scenarios (id),
        postponed_until TEXT,
        postpone_reason TEXT,
        updated_at      TEXT NOT NULL
      );

      CREATE TABLE relance_actions (
        id            INTEGER PRIMARY KEY,
        debtor_id     INTEGER NOT NULL REFERENCES debtors (id),
        scenario_id   INTEGER REFERENCES relance_scenarios (id),
        step_index    INTEGER NOT NULL,
        channel       TEXT NOT NULL,
        tone          TEXT NOT NULL,
        status        TEXT NOT NULL CHECK (status IN ('fait', 'ignore')),
        planned_on    TEXT NOT NULL,
        done_on       TEXT NOT NULL,
        done_at       TEXT NOT NULL,
        actor         TEXT NOT NULL,
        recipient     TEXT,
        subject       TEXT,
        body          TEXT,
        delivery      TEXT,
        output_path   TEXT,
        skip_reason   TEXT,
        call_outcome  TEXT,
        batch_id      TEXT
      );
      CREATE INDEX relance_actions_by_debtor ON relance_actions (debtor_id, done_on);
      CREATE TRIGGER relance_actions_are_append_only_update BEFORE UPDATE ON relance_actions
      BEGIN SELECT RAISE(ABORT, 'relance_actions is append-only'); END;
      CREATE TRIGGER relance_actions_are_append_only_delete BEFORE DELETE ON relance_actions
      BEGIN SELECT RAISE(ABORT, 'relance_actions is append-only'); END;

      CREATE TABLE relance_action_invoices (
        action_id  INTEGER NOT NULL REFERENCES relance_actions (id),
        invoice_id INTEGER NOT NULL REFERENCES invoices (id),
        PRIMARY KEY (action_id, invoice_id)
      );
      CREATE INDEX relance_action_invoices_by_invoice ON relance_action_invoices (invoice_id);
    `);

    const now = new Date().toISOString();
    const insertScenario = database.prepare(
      `INSERT INTO relance_scenarios (name, description, shipped_key, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?)`,
    );
    const insertStep = database.prepare(
      `INSERT INTO relance_steps (scenario_id, position, offset_days, channel, tone, subject, body,
         deadline_days, repeat_every_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const ids = new Map<string, number>();
    for (const scenario of SHIPPED_SCENARIOS) {
      const id = Number(
        insertScenario.run(scenario.name, scenario.description, scenario.key, now, now)
          .lastInsertRowid,
      );
      ids.set(scenario.key, id);
      scenario.steps.forEach((step, position) => {
        insertStep.run(
          id,
          position,
          step.offsetDays,
          step.channel,
          step.tone,
          step.subject,
          step.body,
          step.deadlineDays,
          step.repeatEveryDays,
        );
      });
    }
    const insertRule = database.prepare(
      `INSERT INTO relance_rules (position, scenario_id, debtor_kind, min_open_cents)
       VALUES (?, ?, ?, ?)`,
    );
    SHIPPED_RULES.forEach((rule, position) => {
      insertRule.run(position, ids.get(rule.scenarioKey), rule.debtorKind, rule.minOpenCents);
    });
    const insertSetting = database.prepare(
      'INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)',
    );
    insertSetting.run('relance.minGapDays', '5');
    insertSetting.run('relance.allowWeekends', 'false');
    insertSetting.run('relance.defaultScenarioId', String(ids.get(SHIPPED_DEFAULT_SCENARIO)));
  },
};
