import type { DebtorEvent, DebtorEventKind } from '../../src-shared/domain/debtor-event';
import type { Queryable, ServiceContext } from '../workspace/service-context';

/** A new line for a debtor's timeline. */
export interface NewDebtorEvent {
  debtorId: number;
  kind: DebtorEventKind;
  summary: string;
  invoiceIds?: number[];
  details?: Record<string, unknown>;
  /** When it happened, if not now (an imported payment, a call logged later). */
  occurredAt?: string;
}

/** Appends an event to a debtor's timeline; the table refuses updates and deletes. */
export async function appendEvent(
  trx: Queryable,
  context: ServiceContext,
  event: NewDebtorEvent,
): Promise<void> {
  await trx
    .insertInto('debtorEvents')
    .values({
      debtorId: event.debtorId,
      occurredAt: event.occurredAt ?? context.now().toISOString(),
      kind: event.kind,
      actor: context.actor,
      summary: event.summary,
      invoiceIds: JSON.stringify(event.invoiceIds ?? []),
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}

/** A debtor's timeline, oldest first. */
export async function listEvents(db: Queryable, debtorId: number): Promise<DebtorEvent[]> {
  const rows = await db
    .selectFrom('debtorEvents')
    .selectAll()
    .where('debtorId', '=', debtorId)
    .orderBy('occurredAt')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    ...row,
    kind: row.kind as DebtorEventKind,
    invoiceIds: JSON.parse(row.invoiceIds) as number[],
    details: JSON.parse(row.details) as Record<string, unknown>,
  }));
}
