import type { RelanceChannel, RelanceTone } from './relance-channel';

/** One step of a plan de relance: when (days from the due date), how, and what it says. */
export interface ScenarioStep {
  /** Days from the due date; negative for a courtesy reminder before it. */
  offsetDays: number;
  channel: RelanceChannel;
  tone: RelanceTone;
  /** Subject line (e-mail, letter « Objet »); empty for SMS and calls. */
  subject: string;
  /** The message, or the talking points of a call, with `{{champ}}` fields. */
  body: string;
  /** Days given to pay, printed as `{{date_limite}}`. */
  deadlineDays: number;
  /** On the last step only: repeat it every so many days until paid or gone legal. */
  repeatEveryDays: number | null;
}

/** A plan de relance as the user edits it. */
export interface ScenarioInput {
  name: string;
  description: string | null;
  steps: ScenarioStep[];
}

/** A stored plan de relance; its steps are in order of position. */
export interface Scenario extends ScenarioInput {
  id: number;
  /** Which shipped plan it was installed from, or null for the user's own. */
  shippedKey: string | null;
  archived: boolean;
}

/** How a debtor's plan is chosen: by hand, or by the first matching rule, or the default. */
export interface AssignmentRule {
  id: number;
  scenarioId: number;
  /** Risk class (A to D) the debtor must have; null matches any. */
  riskClass: string | null;
  sector: string | null;
  debtorKind: 'entreprise' | 'particulier' | null;
  /** Open amount from which the rule applies; null matches any amount. */
  minOpenCents: number | null;
}

export type AssignmentRuleInput = Omit<AssignmentRule, 'id'>;
