import type { Dispute } from '../../../src-shared/domain/dispute';
import type { PaymentPlan } from '../../../src-shared/domain/payment-plan';
import type { PromiseToPay } from '../../../src-shared/domain/promise-to-pay';
import type { RelanceChannel } from '../../../src-shared/relance/relance-channel';
import type { DebtorRelanceState } from '../../../src-shared/relance/relance-outlook';
import type { ScenarioStep } from '../../../src-shared/relance/scenario';

function step(
  offsetDays: number,
  channel: RelanceChannel,
  repeat: number | null = null,
): ScenarioStep {
  return {
    offsetDays,
    channel,
    tone: offsetDays < 15 ? 'courtois' : 'ferme',
    subject: channel === 'appel' || channel === 'sms' ? '' : `Relance J${offsetDays}`,
    body: 'Bonjour {{contact}}, il reste {{montant_du}} à régler.',
    deadlineDays: 8,
    repeatEveryDays: repeat,
  };
}

/** J-3 e-mail, J+7 e-mail, J+15 call, J+30 letter, J+45 LRAR repeated every 30 days. */
export const FIVE_STEPS: ScenarioStep[] = [
  step(-3, 'email'),
  step(7, 'email'),
  step(15, 'appel'),
  step(30, 'lettre'),
  step(45, 'lrar', 30),
];

/** A debtor on plan 1 with no history, no pause, the default guardrails. */
export function debtorState(overrides: Partial<DebtorRelanceState> = {}): DebtorRelanceState {
  return {
    scenarioId: 1,
    steps: FIVE_STEPS,
    invoices: [],
    pauses: [],
    history: [],
    postponedUntil: null,
    legalSince: null,
    settings: { minGapDays: 5, allowWeekends: false },
    ...overrides,
  };
}

export function promise(overrides: Partial<PromiseToPay>): PromiseToPay {
  return {
    id: 1,
    debtorId: 1,
    madeOn: '2026-11-25',
    dueOn: '2026-12-02',
    amountCents: 50_000,
    channel: 'appel',
    note: null,
    cancelledOn: null,
    invoiceIds: [],
    createdBy: 'Test',
    ...overrides,
  };
}

export function plan(overrides: Partial<PaymentPlan>): PaymentPlan {
  return {
    id: 1,
    debtorId: 1,
    agreedOn: '2026-11-01',
    signedOn: null,
    cancelledOn: null,
    note: null,
    invoiceIds: [],
    installments: [
      { id: 1, dueOn: '2026-11-15', amountCents: 30_000 },
      { id: 2, dueOn: '2026-12-01', amountCents: 30_000 },
    ],
    createdBy: 'Test',
    ...overrides,
  };
}

export function dispute(overrides: Partial<Dispute>): Dispute {
  return {
    id: 1,
    debtorId: 1,
    reason: 'qualite',
    description: null,
    ownerUserId: null,
    openedOn: '2026-11-01',
    closedOn: null,
    outcome: null,
    invoiceIds: [],
    createdBy: 'Test',
    ...overrides,
  };
}
