import { daysBetween } from '../../src-shared/dates/calendar-date';
import { debtorDisplayName } from '../../src-shared/domain/debtor';
import type { PrescriptionWarning } from '../../src-shared/domain/legal-view';
import { agendaPriority } from '../../src-shared/relance/agenda-priority';
import {
  relanceOutlook,
  type PlannedRelance,
  type RelanceOutlook,
} from '../../src-shared/relance/relance-outlook';
import { relancePauses } from '../../src-shared/relance/relance-pauses';
import type { AgendaItem, OutlookView } from '../../src-shared/relance/relance-view';
import type { Scenario } from '../../src-shared/relance/scenario';
import { chooseScenario, type ScenarioChoice } from '../../src-shared/relance/scenario-assignment';
import type { Queryable } from '../workspace/service-context';
import { debtorPrescription } from './relance-prescription';
import type { RelanceWorld, WorldDebtor, WorldInvoice } from './relance-world';

/** A debtor's plan and where its relance stands today. */
export interface DebtorRelance {
  debtor: WorldDebtor;
  choice: ScenarioChoice;
  scenario: Scenario | null;
  outlook: RelanceOutlook;
  openInvoices: WorldInvoice[];
  /** Open invoices time-barred or near it; the time-barred ones are out of the relance. */
  prescription: PrescriptionWarning[];
}

/**
 * Chooses the debtor's plan and runs the scheduling rules on its invoices,
 * pauses and history, leaving out the invoices the prescription says are
 * time-barred.
 */
export function computeDebtorRelance(
  world: RelanceWorld,
  debtor: WorldDebtor,
  prescription: PrescriptionWarning[] = [],
): DebtorRelance {
  const openInvoices = world.invoices.get(debtor.id) ?? [];
  const openCents = openInvoices.reduce((total, invoice) => total + invoice.openCents, 0);
  const choice = chooseScenario(
    {
      kind: debtor.kind,
      sector: debtor.sector,
      riskClass: world.riskClasses.get(debtor.id) ?? null,
      openCents,
      chosenScenarioId: debtor.chosenScenarioId,
    },
    world.rules,
    world.settings.defaultScenarioId,
    world.activeScenarioIds,
  );
  const scenario =
    choice.scenarioId === null ? null : (world.scenarios.get(choice.scenarioId) ?? null);
  const pauses = relancePauses(
    {
      promises: world.promises.get(debtor.id) ?? [],
      plans: world.plans.get(debtor.id) ?? [],
      disputes: world.disputes.get(debtor.id) ?? [],
      payments: world.payments.get(debtor.id) ?? [],
    },
    world.today,
  );
  const outlook = relanceOutlook(
    {
      scenarioId: scenario?.id ?? null,
      steps: scenario?.steps ?? [],
      invoices: openInvoices,
      pauses,
      history: (world.history.get(debtor.id) ?? []).map((action) => ({
        scenarioId: action.scenarioId,
        stepIndex: action.stepIndex,
        status: action.status,
        doneOn: action.doneOn,
        invoiceIds: action.invoiceIds,
      })),
      postponedUntil: debtor.postponedUntil,
      legalSince: world.legalSince.get(debtor.id) ?? null,
      settings: world.settings,
      timeBarredInvoiceIds: prescription
        .filter((warning) => warning.timeBarred)
        .map((warning) => warning.invoiceId),
    },
    world.today,
  );
  return { debtor, choice, scenario, outlook, openInvoices, prescription };
}

/**
 * The debtor's relance once its prescription is known. Only a debtor with a
 * relance to do (due, or with `planned` also planned) needs it: leaving
 * invoices out never makes a relance due that was not.
 */
export async function computeCheckedRelance(
  db: Queryable,
  world: RelanceWorld,
  debtor: WorldDebtor,
  needed: 'due' | 'planned',
): Promise<DebtorRelance> {
  const first = computeDebtorRelance(world, debtor);
  const { state } = first.outlook;
  if (state !== 'due' && (needed === 'due' || state !== 'planned')) return first;
  const prescription = await debtorPrescription(db, world.today, debtor, first.openInvoices);
  return prescription.length === 0 ? first : computeDebtorRelance(world, debtor, prescription);
}

/** The agenda line of a debtor's planned relance. */
export function toAgendaItem(
  world: RelanceWorld,
  computed: DebtorRelance,
  relance: PlannedRelance,
): AgendaItem {
  const { debtor, scenario } = computed;
  const invoices = computed.openInvoices
    .filter((invoice) => relance.invoiceIds.includes(invoice.id))
    .map((invoice) => ({
      id: invoice.id,
      number: invoice.number,
      dueDate: invoice.dueDate,
      openCents: invoice.openCents,
      daysOverdue: Math.max(0, daysBetween(invoice.dueDate, world.today)),
    }));
  const amountCents = invoices.reduce((total, invoice) => total + invoice.openCents, 0);
  const daysOverdue = Math.max(0, ...invoices.map((invoice) => invoice.daysOverdue));
  const riskClass = world.riskClasses.get(debtor.id) ?? null;
  return {
    debtorId: debtor.id,
    debtorName: debtorDisplayName(debtor),
    debtorKind: debtor.kind,
    ownerUserId: debtor.ownerUserId,
    ownerName: world.users.find((user) => user.id === debtor.ownerUserId)?.name ?? null,
    riskClass,
    scenarioId: scenario!.id,
    scenarioName: scenario!.name,
    stepIndex: relance.stepIndex,
    stepCount: scenario!.steps.length,
    channel: relance.step.channel,
    tone: relance.step.tone,
    repeat: relance.repeat,
    invoices,
    amountCents,
    daysOverdue,
    dueOn: relance.dueOn,
    daysLate: relance.daysLate,
    heldBy: relance.heldBy,
    resumedAfter: relance.resumedAfter,
    prescription: computed.prescription.map((warning) => ({
      invoiceId: warning.invoiceId,
      number: warning.number,
      lastDayToAct: warning.lastDayToAct,
      timeBarred: warning.timeBarred,
    })),
    priority: agendaPriority({
      amountCents,
      daysOverdue,
      riskClass,
      resumed: relance.resumedAfter !== null,
    }),
  };
}

/** The outlook as the debtor file shows it. */
export function toOutlookView(world: RelanceWorld, computed: DebtorRelance): OutlookView {
  const { outlook } = computed;
  switch (outlook.state) {
    case 'due':
    case 'planned':
      return { state: outlook.state, item: toAgendaItem(world, computed, outlook.relance) };
    case 'paused':
      return { state: 'paused', pauses: outlook.pauses };
    case 'idle':
      return { state: 'idle', reason: outlook.reason };
  }
}
