import { useEffect, useState } from 'react';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import { RELANCE_CHANNEL_LABELS } from '../../../src-shared/relance/relance-channel';
import type { DebtorRelanceView } from '../../../src-shared/relance/relance-view';
import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { routeHash } from '../../app/route';
import { ErrorBanner } from '../../components/ErrorBanner';
import { outlookSentence, failureMessage } from './relance-labels';
import { StatementExport } from './StatementExport';

interface DebtorRelancePanelProps {
  debtorId: number;
  today: string;
  /** Changes whenever the file changes, so the outlook is read again. */
  version: string;
  onChanged: () => void;
}

const ORIGIN_LABELS = {
  debiteur: 'choisi pour ce débiteur',
  regle: 'par règle d’attribution',
  defaut: 'plan par défaut',
  aucun: 'aucun plan',
};

/** The relance card of a debtor file: plan, person in charge, what comes next, what was done. */
export function DebtorRelancePanel({
  debtorId,
  today,
  version,
  onChanged,
}: DebtorRelancePanelProps) {
  const view = useCall('relance:debtor', { debtorId });
  const configuration = useCall('scenarios:configuration', {});
  const usersCall = useCall('users:list', {});
  const [error, setError] = useState<string | null>(null);
  const { reload } = view;
  useEffect(() => reload(), [version, reload]);
  if (view.error) return <ErrorBanner message={view.error} />;
  if (!view.data || !configuration.data)
    return <p className="loading">Chargement de la relance…</p>;
  const data: DebtorRelanceView = view.data;
  const scenarios = configuration.data.scenarios.filter((scenario) => !scenario.archived);
  const users = usersCall.data ?? [];

  const change = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      view.reload();
      onChanged();
    } catch (failure) {
      setError(failureMessage(failure));
    }
  };

  return (
    <section className="card relance-card" aria-labelledby="relance-title">
      <h2 id="relance-title">Relance</h2>
      <ErrorBanner message={error} />
      <div className="form__row">
        <label className="relance-card__field">
          Plan de relance
          <select
            aria-label="Plan de relance"
            value={data.choice.origin === 'debiteur' ? String(data.choice.scenarioId) : ''}
            onChange={(event) =>
              void change(() =>
                call('relance:setScenario', {
                  debtorId,
                  scenarioId: event.target.value ? Number(event.target.value) : null,
                }),
              )
            }
          >
            <option value="">Automatique (règles)</option>
            {scenarios.map((scenario) => (
              <option key={scenario.id} value={String(scenario.id)}>
                {scenario.name}
              </option>
            ))}
          </select>
          <span className="muted">
            {data.scenarioName ?? 'Aucun'} — {ORIGIN_LABELS[data.choice.origin]}
          </span>
        </label>
        <label className="relance-card__field">
          Responsable
          <select
            aria-label="Responsable du dossier"
            value={data.ownerUserId === null ? '' : String(data.ownerUserId)}
            onChange={(event) =>
              void change(() =>
                call('relance:setOwner', {
                  debtorId,
                  userId: event.target.value ? Number(event.target.value) : null,
                }),
              )
            }
          >
            <option value="">Personne</option>
            {users.map((user) => (
              <option key={user.id} value={String(user.id)}>
                {user.name}
                {user.active ? '' : ' (inactif)'}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="relance-card__outlook" data-testid="relance-outlook">
        {outlookSentence(data.outlook)}
        {data.outlook.state === 'due' ? (
          <>
            {' '}
            <a href={routeHash({ screen: 'agenda' })}>Ouvrir l’agenda</a>
          </>
        ) : null}
      </p>
      {data.postponedUntil && data.postponedUntil > today ? (
        <p className="muted">
          Reportée jusqu’au {formatFrenchDate(data.postponedUntil)}.{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              void change(() => call('relance:postpone', { debtorId, until: null, reason: null }))
            }
          >
            Lever le report
          </button>
        </p>
      ) : null}
      {data.history.length > 0 ? (
        <ul className="relance-card__history">
          {[...data.history]
            .reverse()
            .slice(0, 5)
            .map((action) => (
              <li key={action.id}>
                {formatFrenchDate(action.doneOn)} · étape {action.stepIndex + 1} ·{' '}
                {RELANCE_CHANNEL_LABELS[action.channel]} ·{' '}
                {action.status === 'fait' ? 'faite' : `ignorée (${action.skipReason ?? ''})`} par{' '}
                {action.actor}
              </li>
            ))}
        </ul>
      ) : null}
      <StatementExport debtorId={debtorId} today={today} onExported={onChanged} />
    </section>
  );
}
