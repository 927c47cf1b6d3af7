import type { ServiceContext, Queryable } from '../workspace/service-context';

/** One change to one row, as the audit trail keeps it. */
export interface Change {
  table: string;
  rowId: number;
  action: 'insert' | 'update' | 'archive' | 'restore';
  before: unknown;
  after: unknown;
}

/** Appends a change to the audit trail (table, row, before, after, who, when). */
export async function recordChange(
  trx: Queryable,
  context: ServiceContext,
  change: Change,
): Promise<void> {
  await trx
    .insertInto('auditLog')
    .values({
      tableName: change.table,
      rowId: change.rowId,
      action: change.action,
      beforeJson: change.before === null ? null : JSON.stringify(change.before),
      afterJson: change.after === null ? null : JSON.stringify(change.after),
      actor: context.actor,
      at: context.now().toISOString(),
    })
    .execute();
}
