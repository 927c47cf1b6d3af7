import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { debtorDisplayName } from '../../src-shared/domain/debtor';
import type { PrescriptionWarning } from '../../src-shared/domain/legal-view';
import { invoicePrescription } from '../../src-shared/legal/prescription';
import { computeClaim } from '../legal/claim-service';
import { warningsOfClaim } from '../legal/prescription-service';
import { createLogger } from '../logging/logger';
import type { Queryable } from '../workspace/service-context';
import type { WorldDebtor, WorldInvoice } from './relance-world';

const log = createLogger('relance');

/**
 * The debtor's open invoices that are time-barred or will be within six
 * months, as the legal claim computes them (interruptions by a partial
 * payment, a signed plan or a requête included). The claim is computed only
 * when one of the invoices could be concerned, so the agenda stays cheap.
 */
export async function debtorPrescription(
  db: Queryable,
  today: CalendarDate,
  debtor: WorldDebtor,
  openInvoices: readonly WorldInvoice[],
): Promise<PrescriptionWarning[]> {
  // Without interruptions the period ends soonest; an interruption only pushes the end further
  // away. An invoice that would not warn even then cannot warn at all.
  const concerned = openInvoices.some(
    (invoice) =>
      invoicePrescription({
        debtorKind: debtor.kind,
        dueDate: invoice.dueDate,
        interruptions: [],
        referenceDate: today,
      }).warning,
  );
  if (!concerned) return [];
  try {
    const { claim } = await computeClaim(db, debtor.id, today);
    return warningsOfClaim(debtor.id, debtorDisplayName(debtor), claim);
  } catch (error) {
    // The relance goes on without the flag rather than leaving the whole agenda blank.
    log.warn('prescription not computed', {
      debtorId: debtor.id,
      reason: error instanceof Error ? error.name : 'unknown',
    });
    return [];
  }
}
