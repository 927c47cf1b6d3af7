import type Database from 'better-sqlite3';

/** Where a file stood before a batch: the last ids of the tables a relance writes to. */
export interface RecordMarks {
  action: number;
  event: number;
  audit: number;
}

/** One relance recorded by a batch, as the comparison with an uninterrupted batch sees it. */
export type RecordedRelance = [
  debtorId: number,
  stepIndex: number,
  channel: string,
  invoices: number,
];

const maxId = (sqlite: Database.Database, table: string) =>
  sqlite.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number;

/** The last ids of the relance tables, before the batch runs. */
export function recordMarks(sqlite: Database.Database): RecordMarks {
  return {
    action: maxId(sqlite, 'relance_actions'),
    event: maxId(sqlite, 'debtor_events'),
    audit: maxId(sqlite, 'audit_log'),
  };
}

/** The relances recorded since `marks`, in the order they were written. */
export function relancesSince(sqlite: Database.Database, marks: RecordMarks): RecordedRelance[] {
  return sqlite
    .prepare(
      `SELECT a.debtor_id, a.step_index, a.channel,
              (SELECT count(*) FROM relance_action_invoices i WHERE i.action_id = a.id)
       FROM relance_actions a WHERE a.id > ? ORDER BY a.id`,
    )
    .raw()
    .all(marks.action) as RecordedRelance[];
}

/**
 * What is not whole among the relances recorded since `marks`: each must
 * have exactly one timeline line and one audit line pointing to it, and no
 * such line may point to a relance that is not there (its invoices are
 * compared with an uninterrupted batch by `relancesSince`). Empty when whole.
 */
export function brokenRelances(sqlite: Database.Database, marks: RecordMarks): string[] {
  const problems: string[] = [];
  const actions = sqlite
    .prepare('SELECT id FROM relance_actions WHERE id > ? ORDER BY id')
    .pluck()
    .all(marks.action) as number[];
  const events = sqlite
    .prepare(
      `SELECT json_extract(details, '$.actionId') FROM debtor_events
       WHERE id > ? AND kind IN ('relance_done', 'relance_skipped')`,
    )
    .pluck()
    .all(marks.event) as number[];
  const audits = sqlite
    .prepare(`SELECT row_id FROM audit_log WHERE id > ? AND table_name = 'relance_actions'`)
    .pluck()
    .all(marks.audit) as number[];
  for (const id of actions) {
    const lines = events.filter((actionId) => actionId === id).length;
    if (lines !== 1) problems.push(`relance ${id}: ${lines} timeline lines`);
    const trail = audits.filter((rowId) => rowId === id).length;
    if (trail !== 1) problems.push(`relance ${id}: ${trail} audit lines`);
  }
  for (const id of new Set([...events, ...audits])) {
    if (!actions.includes(id)) problems.push(`line for relance ${id}, which is not there`);
  }
  return problems;
}
