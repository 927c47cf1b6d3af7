import { describe, expect, it } from 'vitest';
import { chooseScenario } from '../../../src-shared/relance/scenario-assignment';

const rules = [
  {
    id: 1,
    scenarioId: 30,
    riskClass: null,
    sector: null,
    debtorKind: 'particulier' as const,
    minOpenCents: null,
  },
  {
    id: 2,
    scenarioId: 20,
    riskClass: null,
    sector: null,
    debtorKind: null,
    minOpenCents: 2_000_000,
  },
  {
    id: 3,
    scenarioId: 40,
    riskClass: 'D',
    sector: 'Construction',
    debtorKind: null,
    minOpenCents: null,
  },
];
const active = new Set([10, 20, 30, 40]);
const business = {
  kind: 'entreprise' as const,
  sector: 'Construction',
  riskClass: null,
  openCents: 50_000,
  chosenScenarioId: null,
};

describe('chooseScenario', () => {
  it('keeps the plan chosen on the debtor file before any rule', () => {
    expect(chooseScenario({ ...business, chosenScenarioId: 30 }, rules, 10, active)).toEqual({
      scenarioId: 30,
      origin: 'debiteur',
    });
  });

  it('applies the first matching rule, in order', () => {
    const big = { ...business, kind: 'particulier' as const, openCents: 3_000_000 };

    expect(chooseScenario(big, rules, 10, active)).toEqual({
      scenarioId: 30,
      origin: 'regle',
      ruleId: 1,
    });
  });

  it('matches a rule on the risk class only when the debtor has that class', () => {
    expect(chooseScenario(business, rules, 10, active).scenarioId).toBe(10);
    expect(chooseScenario({ ...business, riskClass: 'D' }, rules, 10, active)).toMatchObject({
      scenarioId: 40,
      ruleId: 3,
    });
  });

  it('applies an amount rule from its threshold on', () => {
    expect(chooseScenario({ ...business, openCents: 2_000_000 }, rules, 10, active)).toMatchObject({
      ruleId: 2,
    });
  });

  it('falls back to the default plan, skipping archived plans', () => {
    const withoutDefault = new Set([20, 30, 40]);

    expect(chooseScenario(business, rules, 10, active)).toEqual({
      scenarioId: 10,
      origin: 'defaut',
    });
    expect(chooseScenario(business, rules, 10, withoutDefault)).toEqual({
      scenarioId: null,
      origin: 'aucun',
    });
  });
});
