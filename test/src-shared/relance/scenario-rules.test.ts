import { describe, expect, it } from 'vitest';
import {
  normaliseScenarioInput,
  validateScenarioInput,
} from '../../../src-shared/relance/scenario-rules';
import { FIVE_STEPS } from './relance-fixtures';

const valid = { name: 'Standard', description: null, steps: FIVE_STEPS };

describe('validateScenarioInput', () => {
  it('accepts a plan with increasing days and a repeat on its last step', () => {
    expect(validateScenarioInput(valid)).toEqual({});
  });

  it('refuses a step that does not come after the previous one', () => {
    const steps = FIVE_STEPS.map((step, index) =>
      index === 2 ? { ...step, offsetDays: 7 } : step,
    );

    expect(validateScenarioInput({ ...valid, steps })['steps.2.offsetDays']).toContain('J+7');
  });

  it('refuses a repeat anywhere but on the last step', () => {
    const steps = FIVE_STEPS.map((step, index) =>
      index === 1 ? { ...step, repeatEveryDays: 10 } : step,
    );

    expect(validateScenarioInput({ ...valid, steps })['steps.1.repeatEveryDays']).toBe(
      'Seule la dernière étape peut se répéter.',
    );
  });

  it('refuses an unknown field at save time, naming the step and the field', () => {
    const steps = FIVE_STEPS.map((step, index) =>
      index === 3 ? { ...step, body: 'Vous devez {{montant}}.' } : step,
    );

    expect(validateScenarioInput({ ...valid, steps })).toEqual({
      'steps.3.body': 'Le champ {{montant}} n’existe pas : choisissez-le dans la liste des champs.',
    });
  });

  it('asks for a subject on a letter but not on a call', () => {
    const steps = FIVE_STEPS.map((step) => ({ ...step, subject: '' }));

    const errors = validateScenarioInput({ ...valid, steps });

    expect(errors['steps.3.subject']).toBe('Une étape « Lettre simple » a besoin d’un objet.');
    expect(errors['steps.2.subject']).toBeUndefined();
  });

  it('asks for a name and at least one step', () => {
    expect(validateScenarioInput({ name: '', description: null, steps: [] })).toEqual({
      name: 'Donnez un nom à ce plan de relance.',
      steps: 'Ajoutez au moins une étape.',
    });
  });

  it('trims the name and turns an empty description into null', () => {
    expect(
      normaliseScenarioInput({ ...valid, name: '  Standard  ', description: ' ' }),
    ).toMatchObject({
      name: 'Standard',
      description: null,
    });
  });
});
