import type { CalendarDate } from '../../../src-shared/dates/calendar-date';
import type { Debtor } from '../../../src-shared/domain/debtor';
import type { DebtorImportChange } from '../../../src-shared/domain/import-changes';
import { emptyPlan, type LedgerPlan, type RowTarget } from '../ledger-plan';
import { ledgerBalance, type DebtorLedger, type ExistingInvoice } from '../ledger-state';
import { SheetDebtors, type ResolvedDebtor } from './sheet-debtors';
import type { SheetDebtorFields, SheetInvoiceRecord } from './sheet-records';

/** What the plan needs besides the rows: the file, its debtors and ledgers, and the day. */
export interface SheetPlanContext {
  fileName: string;
  today: CalendarDate;
  debtors: readonly Debtor[];
  ledgers: ReadonlyMap<number, DebtorLedger>;
}

interface DebtorTally {
  resolved: ResolvedDebtor;
  change: DebtorImportChange;
}

/** Plans a « debtors » import: new debtors, and empty fields of known ones filled in. */
export function planSheetDebtors(
  records: readonly { debtor: SheetDebtorFields }[],
  context: SheetPlanContext,
): LedgerPlan {
  const plan = emptyPlan('spreadsheet');
  const debtors = new SheetDebtors(plan, context.debtors);
  const tallies = new Map<string, DebtorTally>();
  for (const record of records) tally(tallies, debtors.resolve(record.debtor), context);
  return finish(plan, debtors, tallies);
}

/**
 * Plans an « invoices » import, keyed on debtor and invoice number so a re-import updates rather
 * than duplicates: a new invoice is added; one this source wrote before gets its new amounts or
 * dates (never below what is already settled on it); one typed in the app or imported from a FEC
 * is left as it is. When the file says more was paid than the app knows, a payment for the
 * difference, dated today, settles the invoice.
 */
export function planSheetInvoices(
  records: readonly SheetInvoiceRecord[],
  context: SheetPlanContext,
): { plan: LedgerPlan; refused: { row: number; message: string }[] } {
  const plan = emptyPlan('spreadsheet');
  const debtors = new SheetDebtors(plan, context.debtors);
  const tallies = new Map<string, DebtorTally>();
  const refused: { row: number; message: string }[] = [];

  for (const record of records) {
    const resolved = debtors.resolve(record.debtor);
    const { change } = tally(tallies, resolved, context);
    const ledger = resolved.existing ? context.ledgers.get(resolved.existing.id) : undefined;
    const existing = ledger?.invoices.find((invoice) => invoice.number === record.number);

    let target: RowTarget;
    let openCents: number;
    if (existing === undefined) {
      target = { newIndex: plan.invoices.length };
      plan.invoices.push({
        debtor: resolved.target,
        number: record.number,
        issueDate: record.issueDate,
        dueDate: record.dueDate,
        amountExclTaxCents: record.amountExclTaxCents,
        vatCents: record.vatCents,
        amountInclTaxCents: record.amountInclTaxCents,
        paymentTerms: record.dueDateGiven ? null : 'Échéance calculée à l’import du tableur',
        externalRef: null,
      });
      change.invoicesAdded += 1;
      change.balanceAfterCents += record.amountInclTaxCents;
      openCents = record.amountInclTaxCents;
    } else {
      target = { existingId: existing.id };
      const settled = existing.amountCents - existing.openCents;
      const updated = updateOf(existing, record, plan, resolved);
      if (updated === 'below-settled') {
        refused.push({
          row: record.row,
          message:
            `la facture ${record.number} est déjà réglée pour plus que le nouveau ` +
            `montant : elle est laissée telle quelle`,
        });
        continue;
      }
      if (updated) {
        change.balanceAfterCents += record.amountInclTaxCents - existing.amountCents;
      } else plan.changes.alreadyPresent += 1;
      openCents = (updated ? record.amountInclTaxCents : existing.amountCents) - settled;
    }

    const alreadyPaid = existing === undefined ? 0 : existing.amountCents - existing.openCents;
    const newPayment = Math.min((record.paidCents ?? 0) - alreadyPaid, openCents);
    if (newPayment > 0) {
      const payment = { newIndex: plan.payments.length };
      plan.payments.push({
        debtor: resolved.target,
        date: context.today,
        amountCents: newPayment,
        method: 'autre',
        reference: `Réglé d'après « ${context.fileName} » (ligne ${record.row})`.slice(0, 200),
        externalRef: null,
      });
      plan.allocations.push({ payment, invoice: target, amountCents: newPayment });
      plan.changes.allocationsAdded += 1;
      change.paymentsAdded += 1;
      change.balanceAfterCents -= newPayment;
      if (existing !== undefined && newPayment === openCents) change.invoicesSettled += 1;
    }
  }
  return { plan: finish(plan, debtors, tallies), refused };
}

// A spreadsheet row changes an invoice only when this source wrote it: returns true when an
// update is planned, false when there is nothing to change or the invoice is not ours.
function updateOf(
  existing: ExistingInvoice,
  record: SheetInvoiceRecord,
  plan: LedgerPlan,
  resolved: ResolvedDebtor,
): boolean | 'below-settled' {
  if (existing.source !== 'spreadsheet' || resolved.existing === null) return false;
  const dueDate = record.dueDateGiven ? record.dueDate : existing.dueDate;
  const changed =
    existing.amountCents !== record.amountInclTaxCents ||
    existing.issueDate !== record.issueDate ||
    existing.dueDate !== dueDate;
  if (!changed) return false;
  if (record.amountInclTaxCents < existing.amountCents - existing.openCents) return 'below-settled';
  if (dueDate < record.issueDate) return false;
  plan.invoiceUpdates.push({
    invoiceId: existing.id,
    debtorId: resolved.existing.id,
    issueDate: record.issueDate,
    dueDate,
    amountExclTaxCents: record.amountExclTaxCents,
    vatCents: record.vatCents,
    amountInclTaxCents: record.amountInclTaxCents,
  });
  return true;
}

function tally(
  tallies: Map<string, DebtorTally>,
  resolved: ResolvedDebtor,
  context: SheetPlanContext,
): DebtorTally {
  let entry = tallies.get(resolved.key);
  if (entry === undefined) {
    const ledger = resolved.existing ? (context.ledgers.get(resolved.existing.id) ?? null) : null;
    const balance = ledgerBalance(ledger);
    entry = {
      resolved,
      change: {
        debtorId: resolved.existing?.id ?? null,
        key: resolved.key,
        name: resolved.name,
        isNew: resolved.existing === null,
        invoicesAdded: 0,
        paymentsAdded: 0,
        creditNotesAdded: 0,
        invoicesSettled: 0,
        balanceBeforeCents: balance,
        balanceAfterCents: balance,
      },
    };
    tallies.set(resolved.key, entry);
  }
  return entry;
}

function finish(
  plan: LedgerPlan,
  debtors: SheetDebtors,
  tallies: Map<string, DebtorTally>,
): LedgerPlan {
  const filled = debtors.finish();
  const updatedInvoices = new Set(plan.invoiceUpdates.map((update) => update.debtorId));
  for (const { resolved, change } of tallies.values()) {
    const id = resolved.existing?.id;
    const touched =
      change.isNew ||
      change.invoicesAdded + change.paymentsAdded > 0 ||
      (id !== undefined && (filled.has(id) || updatedInvoices.has(id)));
    if (touched) plan.changes.debtors.push(change);
  }
  const { changes } = plan;
  changes.debtors.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  changes.debtorsCreated = plan.newDebtors.length;
  changes.debtorsTouched = changes.debtors.length;
  changes.invoicesAdded = plan.invoices.length;
  changes.invoicesUpdated = plan.invoiceUpdates.length;
  changes.paymentsAdded = plan.payments.length;
  changes.invoicesSettled = changes.debtors.reduce((total, row) => total + row.invoicesSettled, 0);
  return plan;
}
