import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { createRelanceFile } from '../relance/relance-setup';

// A number typed far out of range reaches the rule that explains it, not the contract's bound.
describe('out-of-range numbers typed in the settings', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await createRelanceFile(test);
  });

  afterEach(() => test.dispose());

  it('get the plan’s own message for a step 5 000 days after the due date', async () => {
    const plan = (await test.call('scenarios:configuration', {})).scenarios[0]!;
    const steps = plan.steps.map((step, index) =>
      index === plan.steps.length - 1 ? { ...step, offsetDays: 5000 } : step,
    );

    const error = await test.callError('scenarios:update', {
      id: plan.id,
      input: { name: plan.name, description: plan.description, steps },
    });

    expect(error.code).toBe('VALIDATION');
    expect(Object.values(error.fieldErrors ?? {})).toContain(
      'Une étape part au plus 730 jours après l’échéance.',
    );
  });

  it('get the settings’ own message for a 400-day payment deadline and a 2 000 % rate', async () => {
    const deadline = await test.callError('legal:updateOptions', {
      options: { dayCount: '365', contractualRateBp: null, miseEnDemeureDays: 400 },
    });
    const rate = await test.callError('legal:updateOptions', {
      options: { dayCount: '365', contractualRateBp: 200_000, miseEnDemeureDays: 8 },
    });

    expect(deadline.fieldErrors?.miseEnDemeureDays).toBe(
      'Le délai de paiement de la mise en demeure va de 1 à 90 jours.',
    );
    expect(rate.fieldErrors?.contractualRateBp).toBe(
      'Un taux contractuel de plus de 100 % est refusé.',
    );
  });
});
