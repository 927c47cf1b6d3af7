import type Database from 'better-sqlite3';
import type { DebtorEventKind } from '../../src-shared/domain/debtor-event';
import type {
  DemoAgreementFate,
  DemoCollectionHistory,
  DemoPaymentPlan,
  DemoRelanceAction,
} from './collection-types';
import {
  planSignedSummary,
  planSummary,
  promiseSummary,
  relanceSummary,
  unansweredCallSummary,
} from './timeline-summaries';

/** What a debtor's history added to the file, for the summary. */
export interface CollectionCounts {
  relanceActions: number;
  unansweredCalls: number;
  promises: Record<DemoAgreementFate, number>;
  plans: Record<DemoAgreementFate, number>;
}

/** The statements that write collection records, prepared once for the whole file. */
export function prepareCollectionStatements(sqlite: Database.Database) {
  return {
    action: sqlite.prepare(
      `INSERT INTO relance_actions (debtor_id, scenario_id, step_index, channel, tone, status,
         planned_on, done_on, done_at, actor, recipient, subject, body, delivery, output_path,
         skip_reason, call_outcome, batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
    ),
    actionInvoice: sqlite.prepare(
      'INSERT INTO relance_action_invoices (action_id, invoice_id) VALUES (?, ?)',
    ),
    event: sqlite.prepare(
      `INSERT INTO debtor_events (debtor_id, occurred_at, kind, actor, summary, invoice_ids,
         details) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    promise: sqlite.prepare(
      `INSERT INTO promises (debtor_id, made_on, due_on, amount_cents, channel, note,
         cancelled_on, created_by, created_at) VALUES (?, ?, ?, ?, 'appel', ?, NULL, ?, ?)`,
    ),
    promiseInvoice: sqlite.prepare(
      'INSERT INTO promise_invoices (promise_id, invoice_id) VALUES (?, ?)',
    ),
    plan: sqlite.prepare(
      `INSERT INTO payment_plans (debtor_id, agreed_on, signed_on, cancelled_on, note, created_by,
         created_at) VALUES (?, ?, ?, NULL, ?, ?, ?)`,
    ),
    planInvoice: sqlite.prepare(
      'INSERT INTO payment_plan_invoices (plan_id, invoice_id) VALUES (?, ?)',
    ),
    installment: sqlite.prepare(
      'INSERT INTO payment_plan_installments (plan_id, due_on, amount_cents) VALUES (?, ?, ?)',
    ),
    relanceState: sqlite.prepare(
      `INSERT INTO debtor_relance (debtor_id, scenario_id, postponed_until, postpone_reason,
         updated_at) VALUES (?, NULL, ?, ?, ?)`,
    ),
  };
}

type Statements = ReturnType<typeof prepareCollectionStatements>;

/** An empty tally of what the histories wrote. */
export function emptyCollectionCounts(): CollectionCounts {
  const fates = () => ({ tenue: 0, rompue: 0, en_cours: 0 });
  return { relanceActions: 0, unansweredCalls: 0, promises: fates(), plans: fates() };
}

/**
 * Writes one debtor's collection history as the services would have, entry by entry in time
 * order: the relance actions with their invoices and exact content, the timeline line of each
 * (same kinds, summaries and details), the promises and plans with theirs, and the call-back
 * left by the last unanswered call.
 */
export function writeCollectionHistory(
  statements: Statements,
  debtorId: number,
  invoiceIds: ReadonlyMap<string, number>,
  history: DemoCollectionHistory,
  actor: string,
  counts: CollectionCounts,
): void {
  const ids = (keys: readonly string[]) => keys.map((key) => invoiceIds.get(key)!);
  const event =
    (at: string, kind: DebtorEventKind, summary: string, keys: readonly string[]) =>
    (details: Record<string, unknown>) =>
      statements.event.run(
        debtorId,
        at,
        kind,
        actor,
        summary,
        JSON.stringify(ids(keys)),
        JSON.stringify(details),
      );
  const planIds = new Map<DemoPaymentPlan, number>();

  for (const entry of history.entries) {
    switch (entry.kind) {
      case 'unanswered_call': {
        const { call } = entry;
        const summary = unansweredCallSummary(call.callBackOn, call.note);
        event(
          call.at,
          'call_logged',
          summary,
          call.invoiceKeys,
        )({
          channel: 'appel',
          callOutcome: 'pas_de_reponse',
          note: call.note,
          callBackOn: call.callBackOn,
        });
        counts.unansweredCalls += 1;
        break;
      }
      case 'relance': {
        const { promise, action } = entry;
        // recordCall writes the promise first, then the call it came from.
        if (promise) {
          const promiseId = Number(
            statements.promise.run(
              debtorId,
              promise.madeOn,
              promise.dueOn,
              promise.amountCents,
              promise.note,
              actor,
              promise.at,
            ).lastInsertRowid,
          );
          for (const id of ids(promise.invoiceKeys)) statements.promiseInvoice.run(promiseId, id);
          const summary = promiseSummary(promise.amountCents, promise.dueOn);
          event(
            promise.at,
            'promise_added',
            summary,
            promise.invoiceKeys,
          )({
            promiseId,
            channel: 'appel',
            note: promise.note,
          });
          counts.promises[promise.fate] += 1;
        }
        const actionId = writeAction(statements, debtorId, history.scenarioId, action, actor, ids);
        const kind = action.status === 'fait' ? 'relance_done' : 'relance_skipped';
        // The details keep the keys, in their order, of insertRelanceAction's timeline line.
        event(
          action.doneAt,
          kind,
          relanceSummary(action),
          action.invoiceKeys,
        )({
          actionId,
          channel: action.channel,
          stepIndex: action.stepIndex,
          scenarioId: history.scenarioId,
          recipient: action.recipient,
          subject: action.subject,
          body: action.body,
          delivery: action.delivery,
          outputPath: null,
          callOutcome: action.callOutcome,
          skipReason: action.skipReason,
        });
        counts.relanceActions += 1;
        break;
      }
      case 'plan': {
        const { plan } = entry;
        const planId = Number(
          statements.plan.run(debtorId, plan.agreedOn, plan.signedOn, plan.note, actor, plan.at)
            .lastInsertRowid,
        );
        planIds.set(plan, planId);
        for (const id of ids(plan.invoiceKeys)) statements.planInvoice.run(planId, id);
        for (const installment of plan.installments) {
          statements.installment.run(planId, installment.dueOn, installment.amountCents);
        }
        const summary = planSummary(plan.installments);
        event(plan.at, 'payment_plan_added', summary, plan.invoiceKeys)({ planId });
        counts.plans[plan.fate] += 1;
        break;
      }
      case 'plan_signed': {
        const { plan } = entry;
        const summary = planSignedSummary(plan.signedOn!);
        event(
          entry.at,
          'payment_plan_signed',
          summary,
          plan.invoiceKeys,
        )({
          planId: planIds.get(plan),
        });
        break;
      }
    }
  }
  if (history.postponement) {
    const { until, reason, at } = history.postponement;
    statements.relanceState.run(debtorId, until, reason, at);
  }
}

function writeAction(
  statements: Statements,
  debtorId: number,
  scenarioId: number,
  action: DemoRelanceAction,
  actor: string,
  ids: (keys: readonly string[]) => number[],
): number {
  const actionId = Number(
    statements.action.run(
      debtorId,
      scenarioId,
      action.stepIndex,
      action.channel,
      action.tone,
      action.status,
      action.plannedOn,
      action.doneOn,
      action.doneAt,
      actor,
      action.recipient,
      action.subject,
      action.body,
      action.delivery,
      action.skipReason,
      action.callOutcome,
      action.batchId,
    ).lastInsertRowid,
  );
  for (const invoiceId of ids(action.invoiceKeys))
    statements.actionInvoice.run(actionId, invoiceId);
  return actionId;
}
