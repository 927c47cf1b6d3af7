import { useState } from 'react';
import {
  RELANCE_CHANNEL_LABELS,
  RELANCE_CHANNELS,
  RELANCE_TONE_LABELS,
  RELANCE_TONES,
  type RelanceChannel,
  type RelanceTone,
} from '../../../src-shared/relance/relance-channel';
import type { Scenario, ScenarioStep } from '../../../src-shared/relance/scenario';
import { signed } from '../../../src-shared/relance/scenario-rules';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { TemplateFieldList } from './TemplateFieldList';
import { TemplatePreview } from './TemplatePreview';

interface StepForm {
  offsetDays: string;
  channel: RelanceChannel;
  tone: RelanceTone;
  subject: string;
  body: string;
  deadlineDays: string;
  repeatEveryDays: string;
}

const toForm = (step: ScenarioStep): StepForm => ({
  ...step,
  offsetDays: String(step.offsetDays),
  deadlineDays: String(step.deadlineDays),
  repeatEveryDays: step.repeatEveryDays === null ? '' : String(step.repeatEveryDays),
});

// A number field left unreadable is sent as NaN, which the rules refuse with their own message.
const toStep = (form: StepForm): ScenarioStep => ({
  ...form,
  offsetDays: Number(form.offsetDays.trim() || 'x'),
  deadlineDays: Number(form.deadlineDays.trim() || 'x'),
  repeatEveryDays: form.repeatEveryDays.trim() === '' ? null : Number(form.repeatEveryDays),
});

/** Edits a plan de relance: its steps, their templates, with a live preview on a real debtor. */
export function ScenarioEditor(props: {
  scenario: Scenario;
  onSaved: (scenario: Scenario) => void;
}) {
  const [name, setName] = useState(props.scenario.name);
  const [description, setDescription] = useState(props.scenario.description ?? '');
  const [steps, setSteps] = useState(props.scenario.steps.map(toForm));
  const [previewIndex, setPreviewIndex] = useState(0);
  const submission = useSubmit();
  const errors = submission.fieldErrors;
  const setStep = (index: number, change: Partial<StepForm>) =>
    setSteps(steps.map((step, at) => (at === index ? { ...step, ...change } : step)));
  const addStep = () => {
    const last = steps[steps.length - 1];
    const offset = last ? Number(last.offsetDays) + 15 : 7;
    setSteps([
      ...steps.map((step) => ({ ...step, repeatEveryDays: '' })),
      {
        offsetDays: String(offset),
        channel: 'email',
        tone: 'ferme',
        subject: '',
        body: '',
        deadlineDays: '8',
        repeatEveryDays: '',
      },
    ]);
  };
  const save = () =>
    void submission.submit(
      () =>
        callResult('scenarios:update', {
          id: props.scenario.id,
          input: { name, description: description.trim() || null, steps: steps.map(toStep) },
        }),
      props.onSaved,
    );
  const previewStep = steps[previewIndex];

  return (
    <div className="scenario-editor">
      <ErrorBanner message={submission.message} />
      <div className="form__row">
        <Field label="Nom du plan" name="scenarioName" error={errors.name}>
          <TextInput name="scenarioName" value={name} onChange={setName} error={errors.name} />
        </Field>
        <Field label="Description" name="scenarioDescription">
          <TextInput name="scenarioDescription" value={description} onChange={setDescription} />
        </Field>
      </div>
      {errors.steps ? <p className="field__error">{errors.steps}</p> : null}
      <ol className="scenario-editor__steps">
        {steps.map((step, index) => {
          const at = `steps.${index}`;
          const last = index === steps.length - 1;
          return (
            <li key={index} className="scenario-step" data-testid={`step-${index}`}>
              <div className="form__row">
                <Field
                  label={`Jour (J${signed(Number(step.offsetDays) || 0)})`}
                  name={`${at}.offsetDays`}
                  error={errors[`${at}.offsetDays`]}
                >
                  <TextInput
                    name={`${at}.offsetDays`}
                    value={step.offsetDays}
                    onChange={(offsetDays) => setStep(index, { offsetDays })}
                    inputMode="numeric"
                    error={errors[`${at}.offsetDays`]}
                  />
                </Field>
                <Field label="Canal" name={`${at}.channel`}>
                  <select
                    id={`${at}.channel`}
                    value={step.channel}
                    onChange={(e) => setStep(index, { channel: e.target.value as RelanceChannel })}
                  >
                    {RELANCE_CHANNELS.map((channel) => (
                      <option key={channel} value={channel}>
                        {RELANCE_CHANNEL_LABELS[channel]}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field label="Ton" name={`${at}.tone`}>
                  <select
                    id={`${at}.tone`}
                    value={step.tone}
                    onChange={(e) => setStep(index, { tone: e.target.value as RelanceTone })}
                  >
                    {RELANCE_TONES.map((tone) => (
                      <option key={tone} value={tone}>
                        {RELANCE_TONE_LABELS[tone]}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field
                  label="Délai accordé (jours)"
                  name={`${at}.deadlineDays`}
                  error={errors[`${at}.deadlineDays`]}
                >
                  <TextInput
                    name={`${at}.deadlineDays`}
                    value={step.deadlineDays}
                    onChange={(deadlineDays) => setStep(index, { deadlineDays })}
                    inputMode="numeric"
                    error={errors[`${at}.deadlineDays`]}
                  />
                </Field>
                {last ? (
                  <Field
                    label="Répéter tous les (jours)"
                    name={`${at}.repeatEveryDays`}
                    error={errors[`${at}.repeatEveryDays`]}
                    hint="Vide : pas de répétition"
                  >
                    <TextInput
                      name={`${at}.repeatEveryDays`}
                      value={step.repeatEveryDays}
                      onChange={(repeatEveryDays) => setStep(index, { repeatEveryDays })}
                      inputMode="numeric"
                      error={errors[`${at}.repeatEveryDays`]}
                    />
                  </Field>
                ) : null}
              </div>
              {step.channel !== 'sms' && step.channel !== 'appel' ? (
                <Field label="Objet" name={`${at}.subject`} error={errors[`${at}.subject`]}>
                  <TextInput
                    name={`${at}.subject`}
                    value={step.subject}
                    onChange={(subject) => setStep(index, { subject })}
                    error={errors[`${at}.subject`]}
                  />
                </Field>
              ) : null}
              <Field
                label={step.channel === 'appel' ? 'Points à aborder (un par ligne)' : 'Message'}
                name={`${at}.body`}
                error={errors[`${at}.body`]}
              >
                <textarea
                  id={`${at}.body`}
                  rows={step.channel === 'sms' ? 3 : 8}
                  value={step.body}
                  onChange={(e) => setStep(index, { body: e.target.value })}
                  aria-invalid={errors[`${at}.body`] ? true : undefined}
                />
              </Field>
              <div className="page__actions page__actions--left">
                <button
                  type="button"
                  className="button"
                  onClick={() => setPreviewIndex(index)}
                  aria-pressed={previewIndex === index}
                >
                  Aperçu de cette étape
                </button>
                <button
                  type="button"
                  className="button button--ghost"
                  onClick={() => setSteps(steps.filter((_, at2) => at2 !== index))}
                >
                  Supprimer l’étape
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="form__actions">
        <button type="button" className="button" onClick={addStep}>
          Ajouter une étape
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={save}
          disabled={submission.busy}
        >
          Enregistrer le plan
        </button>
      </div>
      <div className="scenario-editor__aside">
        {previewStep ? (
          <TemplatePreview step={toStep(previewStep)} stepNumber={previewIndex + 1} />
        ) : null}
        <TemplateFieldList />
      </div>
    </div>
  );
}
