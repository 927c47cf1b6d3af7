import { addMonths, addYears, type CalendarDate } from '../../src-shared/dates/calendar-date';
import { debtorDisplayName } from '../../src-shared/domain/debtor';
import type { PrescriptionWarning } from '../../src-shared/domain/legal-view';
import type { DebtorClaim } from '../../src-shared/legal/debtor-claim';
import type { ServiceContext } from '../workspace/service-context';
import { computeClaim } from './claim-service';

// The shortest period (two years against a consumer) and the six-month warning bound which
// invoices can be concerned at all; interruptions only push the end further away.
const SHORTEST_YEARS = 2;
const WARNING_MONTHS = 6;

/** The open invoices whose claim is time-barred or will be within six months, for the agenda. */
export async function prescriptionWarnings(
  context: ServiceContext,
  on: CalendarDate = context.today(),
): Promise<PrescriptionWarning[]> {
  const db = context.database.db;
  const latestDue = addYears(addMonths(on, WARNING_MONTHS), -SHORTEST_YEARS);
  const query = db
    .selectFrom('invoices')
    .innerJoin('debtors', 'debtors.id', 'invoices.debtorId')
    .select('invoices.debtorId')
    .distinct()
    .where('debtors.archived', '=', 0)
    .where('invoices.dueDate', '<=', latestDue);
  const candidates = await query.orderBy('invoices.debtorId').execute();

  const warnings: PrescriptionWarning[] = [];
  for (const { debtorId: id } of candidates) {
    const { ledger, claim } = await computeClaim(db, id, on);
    warnings.push(...warningsOfClaim(id, debtorDisplayName(ledger.debtor), claim));
  }
  return warnings.sort((a, b) => a.lastDayToAct.localeCompare(b.lastDayToAct));
}

/** The invoices of a computed claim whose prescription is near or past. */
export function warningsOfClaim(
  debtorId: number,
  debtorName: string,
  claim: DebtorClaim,
): PrescriptionWarning[] {
  // The agenda warns about open invoices; one paid late is in the claim for its penalties only.
  return claim.invoices
    .filter((invoice) => invoice.prescription.warning && invoice.principalCents > 0)
    .map((invoice) => ({
      debtorId,
      debtorName,
      invoiceId: invoice.invoiceId,
      number: invoice.number,
      openCents: invoice.principalCents,
      lastDayToAct: invoice.prescription.lastDayToAct,
      timeBarred: invoice.timeBarred,
      explanation: invoice.prescription.explanation,
    }));
}
