import type { DebtorInput } from '../../../src-shared/domain/debtor';
import type { DebtorImportChange } from '../../../src-shared/domain/import-changes';
import { emptyPlan, type LedgerPlan } from '../ledger-plan';
import { ledgerBalance, type DebtorLedger } from '../ledger-state';
import type { FecCustomer } from '../fec/types';
import { planFecCustomer, type FecPlanOptions } from './fec-customer-plan';

/**
 * Plans the import of a FEC's customers into the file: one debtor per customer, found by its
 * external reference (the customer key) or created with the FEC's name and an address left to
 * complete, and each customer's lines planned against that debtor's ledger.
 */
export function planFecImport(
  customers: readonly FecCustomer[],
  ledgers: ReadonlyMap<number, DebtorLedger>,
  options: FecPlanOptions,
): LedgerPlan {
  const plan = emptyPlan('fec');
  const byRef = new Map<string, DebtorLedger>();
  for (const ledger of ledgers.values()) {
    if (ledger.externalRef !== null) byRef.set(ledger.externalRef, ledger);
  }

  for (const customer of customers) {
    const ledger = byRef.get(customer.key) ?? null;
    const outcome = planFecCustomer(plan, customer, ledger, options);
    const changed =
      outcome.invoicesAdded + outcome.paymentsAdded + outcome.creditNotesAdded > 0 ||
      outcome.invoicesSettled > 0;
    if (ledger === null) {
      plan.newDebtors.push({
        key: customer.key,
        externalRef: customer.key,
        input: newDebtorInput(customer),
      });
    }
    if (ledger !== null && !changed) continue;

    const balanceBeforeCents = ledgerBalance(ledger);
    const change: DebtorImportChange = {
      debtorId: ledger?.debtorId ?? null,
      key: customer.key,
      name: ledger?.name ?? customer.name,
      isNew: ledger === null,
      invoicesAdded: outcome.invoicesAdded,
      paymentsAdded: outcome.paymentsAdded,
      creditNotesAdded: outcome.creditNotesAdded,
      invoicesSettled: outcome.invoicesSettled,
      balanceBeforeCents,
      balanceAfterCents: balanceBeforeCents + outcome.balanceChangeCents,
    };
    plan.changes.debtors.push(change);
  }

  const { changes } = plan;
  changes.debtorsCreated = plan.newDebtors.length;
  changes.debtorsTouched = changes.debtors.length;
  changes.invoicesAdded = plan.invoices.length;
  changes.paymentsAdded = plan.payments.length;
  changes.creditNotesAdded = plan.creditNotes.length;
  changes.invoicesSettled = changes.debtors.reduce((total, row) => total + row.invoicesSettled, 0);
  changes.debtors.sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.key.localeCompare(b.key));
  return plan;
}

// The FEC gives a name and nothing else: the address is left empty for the bookkeeper to fill
// in, and the debtor file says « à compléter » until it is.
function newDebtorInput(customer: FecCustomer): DebtorInput {
  return {
    kind: 'entreprise',
    name: customer.name.trim() || customer.key,
    firstName: null,
    legalForm: null,
    siren: null,
    siret: null,
    vatNumber: null,
    nafCode: null,
    sector: null,
    sizeClass: null,
    addressLine1: '',
    addressLine2: null,
    postalCode: '',
    city: '',
    phone: null,
    email: null,
    notes: null,
    tags: [],
  };
}
