import type Database from 'better-sqlite3';
import { addMonths } from '../../src-shared/dates/calendar-date';
import type { Scenario } from '../../src-shared/relance/scenario';
import { chooseScenario } from '../../src-shared/relance/scenario-assignment';
import { simulateCollection } from './collection-history';
import { morningBatches, workingDaysBefore } from './collection-instants';
import {
  emptyCollectionCounts,
  prepareCollectionStatements,
  writeCollectionHistory,
} from './collection-writer';
import { generateDemoCreditor } from './creditor-company';
import { iterateDemoDebtors } from './demo-company';
import type { DemoCreditor, DemoDebtor, DemoOptions } from './demo-types';
import { generateDemoUsers, ownerIndexOf } from './demo-users';
import { readFileRelanceSetup, type FileRelanceSetup } from './file-relance-setup';
import { ledgerOnDay, openOn, type LedgerOnDay } from './ledger-on-day';
import { disputeOpenedOn, prepareLedgerStatements, writeDebtorLedger } from './ledger-writer';

/** What was written, for the caller's summary and logs. */
export interface DemoWriteSummary {
  debtors: number;
  invoices: number;
  payments: number;
  creditNotes: number;
  disputes: number;
  users: number;
  relanceActions: number;
  unansweredCalls: number;
  promisesKept: number;
  promisesBroken: number;
  promisesRunning: number;
  plansHonoured: number;
  plansMissed: number;
  plansRunning: number;
}

/** How long the firm has been doing its relances in the app when the demo file opens. */
export const DEMO_HISTORY_MONTHS = 3;

/**
 * Fills an empty, freshly created file with the demonstration company of the given seed and
 * scale, in one transaction, with bare prepared statements so that 10,000 debtors take seconds,
 * not minutes: the ledger, the firm's three users each in charge of part of the debtors, and
 * the last three months of relances, calls, promises and payment plans.
 */
export function writeDemoDatabase(
  sqlite: Database.Database,
  options: DemoOptions & { actor: string; now: string },
): DemoWriteSummary {
  const creditor = generateDemoCreditor(options.seed);
  const users = generateDemoUsers(options.seed, creditor);
  const since = addMonths(options.today, -DEMO_HISTORY_MONTHS);
  const ledgerStatements = prepareLedgerStatements(sqlite);
  const collectionStatements = prepareCollectionStatements(sqlite);
  const counts = emptyCollectionCounts();
  const summary = {
    debtors: 0,
    invoices: 0,
    payments: 0,
    creditNotes: 0,
    disputes: 0,
    users: users.length,
  };

  sqlite.transaction(() => {
    writeCompany(sqlite, creditor, options.now);
    const insertUser = sqlite.prepare(
      'INSERT INTO app_users (name, email, active, created_at) VALUES (?, ?, 1, ?)',
    );
    const userIds = users.map((user) =>
      Number(insertUser.run(user.name, user.email, `${since}T08:00:00.000Z`).lastInsertRowid),
    );
    const setup = readFileRelanceSetup(sqlite);
    const batchOf = morningBatches(options.seed);
    const lastWorkedOn = users.map((user) => workingDaysBefore(options.today, user.backlogDays));
    for (const item of iterateDemoDebtors(options)) {
      const index = summary.debtors;
      const ownerIndex = ownerIndexOf(item.debtor);
      const owner = { index: ownerIndex, name: users[ownerIndex]!.name };
      const { debtorId, invoiceIds } = writeDebtorLedger(
        ledgerStatements,
        item,
        userIds[ownerIndex]!,
        options.actor,
        options.now,
      );
      const ledger = ledgerOnDay(item);
      const scenario = scenarioOf(item, ledger, setup, options.today);
      if (scenario) {
        const history = simulateCollection(item, ledger, {
          seed: options.seed,
          index,
          today: options.today,
          since,
          scenarioId: scenario.id,
          steps: scenario.steps,
          minGapDays: setup.minGapDays,
          allowWeekends: setup.allowWeekends,
          owner: { ...owner, lastWorkedOn: lastWorkedOn[ownerIndex]! },
          parties: {
            debtor: item.debtor,
            contacts: item.contacts,
            company: creditor,
            rateTables: setup.rateTables,
          },
          batchOf,
          disputeOpenedOn: disputeOpenedOn(item),
        });
        writeCollectionHistory(
          collectionStatements,
          debtorId,
          invoiceIds,
          history,
          owner.name,
          counts,
        );
      }
      summary.debtors += 1;
      summary.invoices += item.invoices.length;
      summary.payments += item.payments.length;
      summary.creditNotes += item.creditNotes.length;
      summary.disputes += item.disputedInvoiceKeys.length > 0 ? 1 : 0;
    }
  })();
  return {
    ...summary,
    relanceActions: counts.relanceActions,
    unansweredCalls: counts.unansweredCalls,
    promisesKept: counts.promises.tenue,
    promisesBroken: counts.promises.rompue,
    promisesRunning: counts.promises.en_cours,
    plansHonoured: counts.plans.tenue,
    plansMissed: counts.plans.rompue,
    plansRunning: counts.plans.en_cours,
  };
}

// The plan the engine gives the debtor today (rules on its kind and open amount, else the
// default); the history is replayed under it, so the agenda counts every step already done.
// The shipped rules read no risk class, and a fresh file has no plan chosen by hand.
function scenarioOf(
  item: DemoDebtor,
  ledger: LedgerOnDay,
  setup: FileRelanceSetup,
  today: string,
): Scenario | null {
  const openCents = ledger.invoices.reduce(
    (total, invoice) => total + Math.max(0, openOn(invoice, today)),
    0,
  );
  const choice = chooseScenario(
    {
      kind: item.debtor.kind,
      sector: item.debtor.sector,
      riskClass: null,
      openCents,
      chosenScenarioId: null,
    },
    setup.rules,
    setup.defaultScenarioId,
    setup.activeScenarioIds,
  );
  return choice.scenarioId === null ? null : (setup.scenarios.get(choice.scenarioId) ?? null);
}

function writeCompany(sqlite: Database.Database, creditor: DemoCreditor, now: string): void {
  sqlite
    .prepare(
      `INSERT INTO company (id, legal_name, legal_form, share_capital_cents, siren, rcs_city,
         address_line1, address_line2, postal_code, city, iban, bic, contact_name, email, phone,
         updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET legal_name = excluded.legal_name,
         legal_form = excluded.legal_form, share_capital_cents = excluded.share_capital_cents,
         siren = excluded.siren, rcs_city = excluded.rcs_city,
         address_line1 = excluded.address_line1, address_line2 = excluded.address_line2,
         postal_code = excluded.postal_code, city = excluded.city, iban = excluded.iban,
         bic = excluded.bic, contact_name = excluded.contact_name, email = excluded.email,
         phone = excluded.phone, updated_at = excluded.updated_at`,
    )
    .run(
      creditor.legalName,
      creditor.legalForm,
      creditor.shareCapitalCents,
      creditor.siren,
      creditor.rcsCity,
      creditor.addressLine1,
      creditor.addressLine2 ?? null,
      creditor.postalCode,
      creditor.city,
      creditor.iban,
      creditor.bic,
      creditor.contactName,
      creditor.email,
      creditor.phone,
      now,
    );
}
