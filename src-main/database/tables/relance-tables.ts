import type { Generated } from 'kysely';

// The relance engine: plans and their steps, assignment rules, and actions done.

export interface RelanceScenariosTable {
  id: Generated<number>;
  name: string;
  description: string | null;
  shippedKey: string | null;
  archived: number;
  createdAt: string;
  updatedAt: string;
}

export interface RelanceStepsTable {
  id: Generated<number>;
  scenarioId: number;
  position: number;
  offsetDays: number;
  channel: 'email' | 'lettre' | 'lrar' | 'sms' | 'appel' | 'mise_en_demeure';
  tone: 'courtois' | 'ferme' | 'formel';
  subject: string;
  body: string;
  deadlineDays: number;
  repeatEveryDays: number | null;
}

export interface RelanceRulesTable {
  id: Generated<number>;
  position: number;
  scenarioId: number;
  riskClass: string | null;
  sector: string | null;
  debtorKind: 'entreprise' | 'particulier' | null;
  minOpenCents: number | null;
}

export interface DebtorRelanceTable {
  debtorId: number;
  scenarioId: number | null;
  postponedUntil: string | null;
  postponeReason: string | null;
  updatedAt: string;
}

export interface RelanceActionsTable {
  id: Generated<number>;
  debtorId: number;
  scenarioId: number | null;
  stepIndex: number;
  channel: string;
  tone: string;
  status: 'fait' | 'ignore';
  plannedOn: string;
  doneOn: string;
  doneAt: string;
  actor: string;
  recipient: string | null;
  subject: string | null;
  body: string | null;
  delivery: string | null;
  outputPath: string | null;
  skipReason: string | null;
  callOutcome: string | null;
  batchId: string | null;
}

export interface RelanceActionInvoicesTable {
  actionId: number;
  invoiceId: number;
}
