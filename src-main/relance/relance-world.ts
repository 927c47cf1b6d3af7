import { sql } from 'kysely';
import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { AppUser } from '../../src-shared/domain/app-user';
import type { Dispute } from '../../src-shared/domain/dispute';
import type { PaymentPlan } from '../../src-shared/domain/payment-plan';
import type { PromiseToPay } from '../../src-shared/domain/promise-to-pay';
import type { Cents } from '../../src-shared/money/cents';
import type { RelanceSettings } from '../../src-shared/relance/relance-settings';
import type { RelanceActionRecord } from '../../src-shared/relance/relance-view';
import type { AssignmentRule, Scenario } from '../../src-shared/relance/scenario';
import {
  loadDisputes,
  loadPaymentPlans,
  loadPromises,
  loadUsers,
} from '../collection/collection-queries';
import { invoiceOpenAmountsSql } from '../ledger/open-amounts-sql';
import type { Queryable } from '../workspace/service-context';
import { loadRelanceActions } from './relance-history';
import { readRelanceSettings } from './relance-settings-store';
import { riskClassesOf } from './risk-class-source';
import { loadRules, loadScenarios } from './scenario-repository';

/** A debtor as the relance engine sees it. */
export interface WorldDebtor {
  id: number;
  kind: 'entreprise' | 'particulier';
  name: string;
  firstName: string | null;
  sector: string | null;
  ownerUserId: number | null;
  chosenScenarioId: number | null;
  postponedUntil: CalendarDate | null;
}

/** An open invoice (something still owed on it). */
export interface WorldInvoice {
  id: number;
  debtorId: number;
  number: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  amountInclTaxCents: Cents;
  openCents: Cents;
}

/** Everything needed to compute the relance of one debtor or of the whole file, read at once. */
export interface RelanceWorld {
  today: CalendarDate;
  settings: RelanceSettings;
  scenarios: Map<number, Scenario>;
  activeScenarioIds: Set<number>;
  rules: AssignmentRule[];
  users: AppUser[];
  debtors: WorldDebtor[];
  invoices: Map<number, WorldInvoice[]>;
  payments: Map<number, { date: CalendarDate; amountCents: Cents }[]>;
  promises: Map<number, PromiseToPay[]>;
  plans: Map<number, PaymentPlan[]>;
  disputes: Map<number, Dispute[]>;
  history: Map<number, RelanceActionRecord[]>;
  legalSince: Map<number, CalendarDate>;
  riskClasses: Map<number, string>;
}

function byDebtor<T extends { debtorId: number }>(items: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const list = map.get(item.debtorId);
    if (list) list.push(item);
    else map.set(item.debtorId, [item]);
  }
  return map;
}

// A mise en demeure alone keeps the relance going (its last reminders); once
// the case goes further (a requête, a référé note, a hand-over to a
// commissaire de justice), the relance stops while the case is open.
async function loadLegalSince(db: Queryable, debtorId: number | null) {
  const result = await sql<{ debtorId: number; since: string }>`
    SELECT c.debtor_id, MIN(x.day) AS since
    FROM legal_cases c
    JOIN (
      SELECT case_id, occurred_on AS day FROM legal_steps
      WHERE cancelled_at IS NULL
        AND kind NOT IN ('mise_en_demeure_envoyee', 'mise_en_demeure_recue')
      UNION ALL
      SELECT case_id, prepared_on AS day FROM legal_documents WHERE kind <> 'mise_en_demeure'
    ) x ON x.case_id = c.id
    WHERE c.closed_on IS NULL ${debtorId === null ? sql`` : sql`AND c.debtor_id = ${debtorId}`}
    GROUP BY c.debtor_id`.execute(db);
  return new Map(result.rows.map((row) => [row.debtorId, row.since]));
}

// The whole file sums every allocation and credit note once, by invoice; one debtor's
// invoices sum theirs through the invoice indexes, so a batch does not read the whole ledger
// for each debtor.
async function openInvoices(db: Queryable, debtorId: number | null) {
  const rows =
    debtorId === null
      ? sql<WorldInvoice>`
          SELECT o.id, o.debtor_id, o.due_date, o.open_cents, i.number, i.issue_date,
                 i.amount_incl_tax_cents
          FROM (${invoiceOpenAmountsSql()}) o JOIN invoices i ON i.id = o.id
          WHERE o.open_cents > 0
          ORDER BY o.due_date, o.id`
      : sql<WorldInvoice>`
          SELECT * FROM (
            SELECT i.id, i.debtor_id, i.due_date, i.number, i.issue_date, i.amount_incl_tax_cents,
                   i.amount_incl_tax_cents
                   - COALESCE((SELECT SUM(a.amount_cents) FROM payment_allocations a
                               WHERE a.invoice_id = i.id), 0)
                   - COALESCE((SELECT SUM(c.amount_cents) FROM credit_notes c
                               WHERE c.invoice_id = i.id), 0) AS open_cents
            FROM invoices i WHERE i.debtor_id = ${debtorId})
          WHERE open_cents > 0
          ORDER BY due_date, id`;
  return (await rows.execute(db)).rows;
}

/** Reads the relance world of one debtor, or (null) of every active debtor of the file. */
export async function loadRelanceWorld(
  db: Queryable,
  today: CalendarDate,
  debtorId: number | null,
  knownRiskClasses?: ReadonlyMap<number, string>,
): Promise<RelanceWorld> {
  let debtorQuery = db
    .selectFrom('debtors')
    .leftJoin('debtorRelance', 'debtorRelance.debtorId', 'debtors.id')
    .select([
      'debtors.id',
      'debtors.kind',
      'debtors.name',
      'debtors.firstName',
      'debtors.sector',
      'debtors.ownerUserId',
      'debtorRelance.scenarioId as chosenScenarioId',
      'debtorRelance.postponedUntil',
    ]);
  debtorQuery =
    debtorId === null
      ? debtorQuery.where('debtors.archived', '=', 0)
      : debtorQuery.where('debtors.id', '=', debtorId);
  const invoiceRows = await openInvoices(db, debtorId);
  let paymentQuery = db.selectFrom('payments').select(['debtorId', 'date', 'amountCents']);
  if (debtorId !== null) paymentQuery = paymentQuery.where('debtorId', '=', debtorId);

  const [debtors, payments, scenarios, rules, settings, users, promises, plans, disputes] =
    await Promise.all([
      debtorQuery.orderBy('debtors.id').execute(),
      paymentQuery.orderBy('date').execute(),
      loadScenarios(db),
      loadRules(db),
      readRelanceSettings(db),
      loadUsers(db),
      loadPromises(db, debtorId),
      loadPaymentPlans(db, debtorId),
      loadDisputes(db, debtorId),
    ]);
  const [history, legalSince, riskClasses] = await Promise.all([
    loadRelanceActions(db, debtorId),
    loadLegalSince(db, debtorId),
    // A batch knows the classes from its agenda: a relance recorded changes no class, but it
    // changes the file, and reading the classes again would rate the whole file each time.
    knownRiskClasses
      ? new Map(knownRiskClasses)
      : riskClassesOf(db, debtorId === null ? null : [debtorId]),
  ]);
  return {
    today,
    settings,
    scenarios: new Map(scenarios.map((scenario) => [scenario.id, scenario])),
    activeScenarioIds: new Set(scenarios.filter((s) => !s.archived).map((s) => s.id)),
    rules,
    users,
    debtors,
    invoices: byDebtor(invoiceRows),
    payments: byDebtor(payments),
    promises: byDebtor(promises),
    plans: byDebtor(plans),
    disputes: byDebtor(disputes),
    history: byDebtor(history),
    legalSince,
    riskClasses,
  };
}
