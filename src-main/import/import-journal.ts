import { describeChange } from '../../src-shared/domain/import-changes';
import { recordChange } from '../audit/audit-trail';
import { appendEvent } from '../timeline/timeline-repository';
import type { Queryable, ServiceContext } from '../workspace/service-context';
import type { LedgerPlan } from './ledger-plan';
import type { WrittenPlan } from './ledger-plan-writer';

/**
 * Writes one audit row and one timeline event per debtor the import touched (never one per
 * line), and fills in the ids of the debtors it created in the plan's summary.
 */
export async function journalImport(
  db: Queryable,
  context: ServiceContext,
  plan: LedgerPlan,
  written: WrittenPlan,
  batch: { id: number; label: string },
): Promise<void> {
  const filled = new Map(plan.debtorUpdates.map((update) => [update.debtorId, update]));
  for (const change of plan.changes.debtors) {
    const debtorId = change.debtorId ?? written.debtorIds.get(change.key);
    if (debtorId === undefined) throw new Error(`import: no id for debtor ${change.key}`);
    change.debtorId = debtorId;

    const counts = {
      batchId: batch.id,
      invoicesAdded: change.invoicesAdded,
      paymentsAdded: change.paymentsAdded,
      creditNotesAdded: change.creditNotesAdded,
      invoicesSettled: change.invoicesSettled,
      filledFields: filled.get(debtorId)?.filledFields ?? [],
    };
    await recordChange(db, context, {
      table: 'debtors',
      rowId: debtorId,
      action: change.isNew ? 'insert' : 'update',
      before: change.isNew ? null : { balanceCents: change.balanceBeforeCents },
      after: {
        ...(change.isNew ? { name: change.name, externalRef: change.key } : {}),
        balanceCents: change.balanceAfterCents,
        import: counts,
      },
    });
    await appendEvent(db, context, {
      debtorId,
      kind: 'ledger_imported',
      summary: `${batch.label} : ${describeChange(change, counts.filledFields.length)}`,
      invoiceIds: written.invoiceIdsByDebtor.get(debtorId) ?? [],
      details: counts,
    });
  }
}
