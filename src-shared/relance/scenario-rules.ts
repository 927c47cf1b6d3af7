import { compactErrors, type FieldErrors } from '../domain/field-errors';
import { RELANCE_CHANNEL_LABELS } from './relance-channel';
import type { ScenarioInput } from './scenario';
import { templateProblems } from './template-fields';

const MAX_STEPS = 12;
const MIN_OFFSET = -60;
const MAX_OFFSET = 730;

/** Trims the text of a plan as typed. */
export function normaliseScenarioInput(input: ScenarioInput): ScenarioInput {
  return {
    name: input.name.trim(),
    description: input.description?.trim() ? input.description.trim() : null,
    steps: input.steps.map((step) => ({
      ...step,
      subject: step.subject.trim(),
      body: step.body.replace(/\s+$/, ''),
    })),
  };
}

/**
 * Checks a plan de relance before it is saved, with a French message per
 * field (`steps.2.body`…): steps in increasing order of days, a repeat on
 * the last step only, and templates that use only known fields.
 */
export function validateScenarioInput(input: ScenarioInput): FieldErrors {
  const errors: FieldErrors = {};
  if (!input.name) errors.name = 'Donnez un nom à ce plan de relance.';
  else if (input.name.length > 100) errors.name = 'Le nom est limité à 100 caractères.';
  if (input.steps.length === 0) errors.steps = 'Ajoutez au moins une étape.';
  if (input.steps.length > MAX_STEPS) {
    errors.steps = `Un plan compte au plus ${MAX_STEPS} étapes.`;
  }

  input.steps.forEach((step, index) => {
    const at = `steps.${index}`;
    const previous = input.steps[index - 1];
    if (!Number.isInteger(step.offsetDays) || step.offsetDays < MIN_OFFSET) {
      errors[`${at}.offsetDays`] =
        `Une relance de courtoisie part au plus ${-MIN_OFFSET} jours avant l’échéance.`;
    } else if (step.offsetDays > MAX_OFFSET) {
      errors[`${at}.offsetDays`] = `Une étape part au plus ${MAX_OFFSET} jours après l’échéance.`;
    } else if (previous && step.offsetDays <= previous.offsetDays) {
      errors[`${at}.offsetDays`] =
        `Cette étape doit venir après la précédente (J${signed(previous.offsetDays)}) : ` +
        'augmentez le nombre de jours.';
    }
    if (!Number.isInteger(step.deadlineDays) || step.deadlineDays < 1 || step.deadlineDays > 90) {
      errors[`${at}.deadlineDays`] = 'Le délai de paiement accordé va de 1 à 90 jours.';
    }
    if (step.repeatEveryDays !== null) {
      if (index !== input.steps.length - 1) {
        errors[`${at}.repeatEveryDays`] = 'Seule la dernière étape peut se répéter.';
      } else if (
        !Number.isInteger(step.repeatEveryDays) ||
        step.repeatEveryDays < 1 ||
        step.repeatEveryDays > 365
      ) {
        errors[`${at}.repeatEveryDays`] = 'L’intervalle de répétition va de 1 à 365 jours.';
      }
    }
    const needsSubject = step.channel !== 'sms' && step.channel !== 'appel';
    if (needsSubject && !step.subject) {
      errors[`${at}.subject`] =
        `Une étape « ${RELANCE_CHANNEL_LABELS[step.channel]} » a besoin d’un objet.`;
    } else {
      const subjectProblems = templateProblems(step.subject);
      if (subjectProblems.length > 0) errors[`${at}.subject`] = subjectProblems.join(' ');
    }
    const bodyProblems = templateProblems(step.body);
    if (!step.body.trim()) {
      errors[`${at}.body`] =
        step.channel === 'appel'
          ? 'Écrivez les points à aborder pendant l’appel.'
          : 'Écrivez le message de cette étape.';
    } else if (bodyProblems.length > 0) {
      errors[`${at}.body`] = bodyProblems.join(' ');
    }
  });
  return compactErrors(errors);
}

/** `7` → `+7`, `-3` → `-3`: the step's day as the editor shows it (J+7, J-3). */
export function signed(days: number): string {
  return days >= 0 ? `+${days}` : String(days);
}
