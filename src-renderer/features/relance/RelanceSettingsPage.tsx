import { useState } from 'react';
import { RELANCE_CHANNEL_LABELS } from '../../../src-shared/relance/relance-channel';
import { signed } from '../../../src-shared/relance/scenario-rules';
import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { AssignmentRulesCard } from './AssignmentRulesCard';
import { EngineSettingsCard } from './EngineSettingsCard';
import { failureMessage } from './relance-labels';
import { ScenarioEditor } from './ScenarioEditor';
import { SmtpCard } from './SmtpCard';
import { UsersCard } from './UsersCard';

/** « Plans de relance »: the plans and their templates, how they are assigned, and the settings. */
export function RelanceSettingsPage() {
  const configuration = useCall('scenarios:configuration', {});
  const [editing, setEditing] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (configuration.error) return <ErrorBanner message={configuration.error} />;
  if (!configuration.data) return <p className="loading">Chargement des plans de relance…</p>;
  const data = configuration.data;
  const scenario = data.scenarios.find((candidate) => candidate.id === editing) ?? null;
  const act = async (work: () => Promise<{ id: number } | unknown>, edit = false) => {
    setError(null);
    try {
      const result = await work();
      if (edit && result && typeof result === 'object' && 'id' in result)
        setEditing(result.id as number);
      configuration.reload();
    } catch (failure) {
      setError(failureMessage(failure));
    }
  };

  return (
    <section className="page page--full relance-settings">
      <header className="page__header">
        <div>
          <h1>Plans de relance</h1>
          <p className="muted">
            Les étapes de chaque plan, leurs modèles de message, l’attribution aux débiteurs et les
            garde-fous.
          </p>
        </div>
      </header>
      <ErrorBanner message={error} />
      <section className="card" aria-labelledby="scenarios-title">
        <h2 id="scenarios-title">Plans</h2>
        <table className="table">
          <thead>
            <tr>
              <th>Plan</th>
              <th>Étapes</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.scenarios.map((item) => (
              <tr key={item.id} className={item.archived ? 'grid__row--archived' : undefined}>
                <td>
                  <strong>{item.name}</strong>
                  {item.id === data.settings.defaultScenarioId ? (
                    <span className="badge">Par défaut</span>
                  ) : null}
                  {item.archived ? <span className="badge badge--warning">Archivé</span> : null}
                  <div className="muted">{item.description}</div>
                </td>
                <td className="scenario-summary">
                  {item.steps.map((step, index) => (
                    <span key={index} className={`channel channel--${step.channel}`}>
                      J{signed(step.offsetDays)} {RELANCE_CHANNEL_LABELS[step.channel]}
                      {step.repeatEveryDays ? ` ↻ ${step.repeatEveryDays} j` : ''}
                    </span>
                  ))}
                </td>
                <td className="page__actions">
                  <button type="button" className="button" onClick={() => setEditing(item.id)}>
                    Modifier
                  </button>
                  <button
                    type="button"
                    className="button"
                    onClick={() => void act(() => call('scenarios:copy', { id: item.id }), true)}
                  >
                    Copier
                  </button>
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() =>
                      void act(() =>
                        call('scenarios:archive', { id: item.id, archived: !item.archived }),
                      )
                    }
                  >
                    {item.archived ? 'Réactiver' : 'Archiver'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {scenario ? (
        <section className="card" aria-labelledby="editor-title">
          <h2 id="editor-title">Modifier « {scenario.name} »</h2>
          <ScenarioEditor
            key={scenario.id}
            scenario={scenario}
            onSaved={() => configuration.reload()}
          />
        </section>
      ) : null}
      <div className="columns">
        <AssignmentRulesCard configuration={data} onSaved={configuration.reload} />
        <EngineSettingsCard configuration={data} onSaved={configuration.reload} />
      </div>
      <div className="columns">
        <SmtpCard
          smtp={data.smtp}
          passwordStorage={data.passwordStorage}
          onSaved={configuration.reload}
        />
        <UsersCard />
      </div>
    </section>
  );
}
