import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { addDebtorWithInvoices, createRelanceFile } from './relance-setup';

describe('plans de relance and their assignment', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await createRelanceFile(test);
  });

  afterEach(() => test.dispose());

  it('ships three plans, the rules and the default, all editable', async () => {
    const configuration = await test.call('scenarios:configuration', {});

    expect(configuration.scenarios.map((scenario) => scenario.shippedKey)).toEqual([
      'entreprises-standard',
      'grands-comptes',
      'particuliers',
    ]);
    expect(configuration.settings).toMatchObject({
      minGapDays: 5,
      allowWeekends: false,
      defaultScenarioId: 1,
    });
    expect(configuration.rules).toHaveLength(2);
    expect(configuration.smtp).toBeNull();
  });

  it('copies a shipped plan under a new name, then edits the copy', async () => {
    const copy = await test.call('scenarios:copy', { id: 1 });
    const steps = copy.steps.map((step, index) =>
      index === 0 ? { ...step, offsetDays: -5, subject: 'Bientôt : {{montant_du}}' } : step,
    );

    const edited = await test.call('scenarios:update', {
      id: copy.id,
      input: { name: 'Mon plan', description: null, steps },
    });

    expect(copy.name).toBe('Entreprises – standard (copie)');
    expect(edited.steps[0]).toMatchObject({ offsetDays: -5, subject: 'Bientôt : {{montant_du}}' });
    expect(
      (await test.call('scenarios:configuration', {})).scenarios[0]!.steps[0]!.offsetDays,
    ).toBe(-3);
  });

  it('refuses an unknown field at save time and keeps the plan as it was', async () => {
    const plan = (await test.call('scenarios:configuration', {})).scenarios[0]!;
    const steps = plan.steps.map((step, index) =>
      index === 1 ? { ...step, body: 'Réglez {{solde}}' } : step,
    );

    const error = await test.callError('scenarios:update', {
      id: plan.id,
      input: { name: plan.name, description: plan.description, steps },
    });

    expect(error.fieldErrors).toEqual({
      'steps.1.body': 'Le champ {{solde}} n’existe pas : choisissez-le dans la liste des champs.',
    });
    expect(
      (await test.call('scenarios:configuration', {})).scenarios[0]!.steps[1]!.body,
    ).not.toContain('solde');
  });

  it('chooses the plan by rule, then by hand, and keeps the change on the timeline', async () => {
    const { debtorId } = await addDebtorWithInvoices(test, { name: 'Grand Compte SA' }, [
      ['FA-1', '2026-11-20', 2_500_000],
    ]);

    const byRule = await test.call('relance:debtor', { debtorId });
    const byHand = await test.call('relance:setScenario', { debtorId, scenarioId: 1 });
    const file = await test.call('debtors:get', { id: debtorId });

    expect(byRule).toMatchObject({
      scenarioName: 'Grands comptes – relation à préserver',
      choice: { origin: 'regle' },
    });
    expect(byHand).toMatchObject({
      scenarioName: 'Entreprises – standard',
      choice: { origin: 'debiteur' },
    });
    expect(file.events.at(-1)?.summary).toBe('Plan de relance : « Entreprises – standard »');
  });

  it('applies the rules in their new order and falls back to the default', async () => {
    await test.call('scenarios:saveRules', {
      rules: [
        {
          scenarioId: 2,
          riskClass: null,
          sector: 'Construction',
          debtorKind: null,
          minOpenCents: null,
        },
      ],
    });
    const builder = await addDebtorWithInvoices(test, { name: 'BTP Idf', sector: 'Construction' }, [
      ['FA-1', '2026-11-20', 10_000],
    ]);
    const other = await addDebtorWithInvoices(
      test,
      { name: 'Autre', sector: 'Commerce de détail' },
      [['FA-1', '2026-11-20', 10_000]],
    );

    expect((await test.call('relance:debtor', { debtorId: builder.debtorId })).scenarioName).toBe(
      'Grands comptes – relation à préserver',
    );
    expect((await test.call('relance:debtor', { debtorId: other.debtorId })).choice.origin).toBe(
      'defaut',
    );
  });

  it('previews an unsaved step on a real debtor, SMS length included', async () => {
    const { debtorId } = await addDebtorWithInvoices(test, { name: 'Menuiserie Durand' }, [
      ['FA-7', '2026-11-20', 120_000],
    ]);
    const step = {
      offsetDays: 3,
      channel: 'sms' as const,
      tone: 'courtois' as const,
      subject: '',
      body: '{{entreprise}} : {{debiteur}}, merci de régler {{montant_du}} (facture FA-7).',
      deadlineDays: 8,
      repeatEveryDays: null,
    };

    const preview = await test.call('relance:preview', { debtorId, step });

    expect(preview.sms?.text).toBe(
      'Atelier Lumière SAS : Menuiserie Durand, merci de régler 1 200,00 € (facture FA-7).',
    );
    expect(preview.sms?.description).toBe('84 caractères sur 160 : tient en un SMS.');
  });

  it('lets the user change the minimum gap and allow weekends', async () => {
    const saved = await test.call('relanceSettings:save', {
      minGapDays: 2,
      allowWeekends: true,
      defaultScenarioId: 3,
      outputDirectory: null,
    });
    const refused = await test.callError('relanceSettings:save', {
      minGapDays: 90,
      allowWeekends: true,
      defaultScenarioId: 3,
      outputDirectory: null,
    });

    expect(saved).toMatchObject({ minGapDays: 2, allowWeekends: true, defaultScenarioId: 3 });
    expect(refused.fieldErrors?.minGapDays).toBe(
      'L’écart minimum entre deux actions va de 0 à 60 jours.',
    );
  });

  it('archives a plan: its debtors fall back to the rules and the default', async () => {
    const { debtorId } = await addDebtorWithInvoices(test, { name: 'Client' }, [
      ['FA-1', '2026-11-20', 10_000],
    ]);
    await test.call('relance:setScenario', { debtorId, scenarioId: 2 });

    await test.call('scenarios:archive', { id: 2, archived: true });

    expect((await test.call('relance:debtor', { debtorId })).choice).toEqual({
      scenarioId: 1,
      origin: 'defaut',
    });
  });
});
