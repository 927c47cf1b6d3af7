import { useState } from 'react';
import type { RelanceConfiguration } from '../../../src-shared/ipc/channels/relance-channels';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';

/** The guardrails: minimum gap, weekends and holidays, default plan, output folder. */
export function EngineSettingsCard(props: {
  configuration: RelanceConfiguration;
  onSaved: () => void;
}) {
  const { settings } = props.configuration;
  const [gap, setGap] = useState(String(settings.minGapDays));
  const [weekends, setWeekends] = useState(settings.allowWeekends);
  const [defaultId, setDefaultId] = useState(
    settings.defaultScenarioId === null ? '' : String(settings.defaultScenarioId),
  );
  const [folder, setFolder] = useState(settings.outputDirectory ?? '');
  const [saved, setSaved] = useState(false);
  const submission = useSubmit();
  const save = () =>
    void submission.submit(
      () =>
        callResult('relanceSettings:save', {
          minGapDays: Number(gap.trim() || 'x'),
          allowWeekends: weekends,
          defaultScenarioId: defaultId ? Number(defaultId) : null,
          outputDirectory: folder.trim() || null,
        }),
      () => {
        setSaved(true);
        props.onSaved();
      },
    );
  return (
    <section className="card" aria-labelledby="engine-title">
      <h2 id="engine-title">Garde-fous</h2>
      <ErrorBanner message={submission.message} />
      {saved ? <p className="banner banner--success">Réglages enregistrés.</p> : null}
      <div className="form">
        <Field
          label="Écart minimum entre deux actions (jours)"
          name="minGapDays"
          error={submission.fieldErrors.minGapDays}
        >
          <TextInput
            name="minGapDays"
            value={gap}
            onChange={setGap}
            inputMode="numeric"
            error={submission.fieldErrors.minGapDays}
          />
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={weekends}
            onChange={(e) => setWeekends(e.target.checked)}
          />
          Autoriser les relances le week-end et les jours fériés
        </label>
        <Field
          label="Plan par défaut"
          name="defaultScenarioId"
          error={submission.fieldErrors.defaultScenarioId}
        >
          <select
            id="defaultScenarioId"
            value={defaultId}
            onChange={(e) => setDefaultId(e.target.value)}
          >
            <option value="">Aucun</option>
            {props.configuration.scenarios
              .filter((scenario) => !scenario.archived)
              .map((scenario) => (
                <option key={scenario.id} value={scenario.id}>
                  {scenario.name}
                </option>
              ))}
          </select>
        </Field>
        <Field
          label="Dossier des courriers et e-mails"
          name="outputDirectory"
          error={submission.fieldErrors.outputDirectory}
          hint={
            'Chemin complet d’un dossier, créé s’il n’existe pas. ' +
            `Vide : ${props.configuration.defaultOutputDirectory}`
          }
        >
          <TextInput
            name="outputDirectory"
            value={folder}
            onChange={setFolder}
            error={submission.fieldErrors.outputDirectory}
          />
        </Field>
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={save}
            disabled={submission.busy}
          >
            Enregistrer les garde-fous
          </button>
        </div>
      </div>
    </section>
  );
}
