import { useEffect, useState } from 'react';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import type { JobStatus } from '../../../src-shared/domain/job';
import type { BatchResult } from '../../../src-shared/domain/legal-batch';
import { PROCEDURE_STEP_LABELS } from '../../../src-shared/domain/legal-case';
import { ApiError, call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Money } from '../../components/Money';

type Kind = BatchResult['kind'];

/** Prepares the mises en demeure or requêtes of several debtors at once, each checked. */
export function BatchPanel({ onDone }: { onDone: () => void }) {
  const candidates = useCall('legal:batchCandidates', {});
  const [kind, setKind] = useState<Kind>('mise_en_demeure');
  const [selected, setSelected] = useState<number[]>([]);
  const [minDays, setMinDays] = useState(30);
  const [job, setJob] = useState<JobStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!job || job.state !== 'running') return;
    const timer = setTimeout(() => {
      call('jobs:status', { id: job.id }).then(
        (status) => {
          setJob(status);
          if (status.state !== 'running') {
            candidates.reload();
            onDone();
          }
        },
        (failure: unknown) =>
          setError(failure instanceof ApiError ? failure.message : 'Erreur inattendue.'),
      );
    }, 300);
    return () => clearTimeout(timer);
  }, [job, candidates, onDone]);

  const start = async () => {
    setError(null);
    try {
      const { jobId } = await call('legal:batchPrepare', { kind, debtorIds: selected });
      setJob(await call('jobs:status', { id: jobId }));
      setSelected([]);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'Erreur inattendue.');
    }
  };
  const toggle = (id: number) =>
    setSelected((current) =>
      current.includes(id) ? current.filter((item) => item !== id) : [...current, id],
    );
  const result = job?.state === 'done' ? (job.result as BatchResult) : null;
  const rows = (candidates.data ?? []).filter((row) => row.maxDaysOverdue >= minDays);

  return (
    <section className="card" aria-labelledby="batch-title">
      <h2 id="batch-title">Préparer en lot</h2>
      <ErrorBanner message={error ?? candidates.error ?? job?.error?.message ?? null} />
      <div className="toolbar">
        <select
          aria-label="Document à préparer"
          value={kind}
          onChange={(event) => setKind(event.target.value as Kind)}
        >
          <option value="mise_en_demeure">Mises en demeure</option>
          <option value="requete">Requêtes en injonction de payer</option>
        </select>
        <select
          aria-label="Retard minimum"
          value={minDays}
          onChange={(event) => setMinDays(Number(event.target.value))}
        >
          {[0, 30, 60, 90, 180].map((days) => (
            <option key={days} value={days}>
              {days === 0 ? 'Tout retard' : `Plus de ${days} jours de retard`}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          onClick={() => setSelected(rows.map((row) => row.debtorId))}
        >
          Tout cocher
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={selected.length === 0 || job?.state === 'running'}
          onClick={() => void start()}
        >
          Préparer {selected.length} document{selected.length > 1 ? 's' : ''}
        </button>
      </div>
      {job?.state === 'running' ? (
        <div
          className="progress"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={job.progress.total ?? 0}
          aria-valuenow={job.progress.done}
        >
          <div
            className="progress__bar"
            style={{ width: `${(100 * job.progress.done) / (job.progress.total || 1)}%` }}
          />
          <span>{job.progress.label}</span>
        </div>
      ) : null}
      {result ? <BatchResultTable result={result} /> : null}
      <table className="table" aria-label="Débiteurs en retard">
        <thead>
          <tr>
            <th />
            <th>Débiteur</th>
            <th className="numeric">Échu</th>
            <th className="numeric">Retard max.</th>
            <th>Mise en demeure</th>
            <th>Dernière étape</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.debtorId}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Choisir ${row.debtorName}`}
                  checked={selected.includes(row.debtorId)}
                  onChange={() => toggle(row.debtorId)}
                />
              </td>
              <td>{row.debtorName}</td>
              <td className="numeric">
                <Money cents={row.overdueCents} />
              </td>
              <td className="numeric">{row.maxDaysOverdue} j</td>
              <td>
                {row.miseEnDemeureSentOn
                  ? `envoyée le ${formatFrenchDate(row.miseEnDemeureSentOn)}`
                  : '—'}
              </td>
              <td>{row.lastStep ? PROCEDURE_STEP_LABELS[row.lastStep] : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function BatchResultTable({ result }: { result: BatchResult }) {
  const prepared = result.items.filter((item) => item.status === 'prepared').length;
  return (
    <div className="batch-result" role="status">
      <p className="banner banner--success">
        {prepared} document{prepared > 1 ? 's' : ''} préparé{prepared > 1 ? 's' : ''},{' '}
        {result.items.length - prepared} écarté{result.items.length - prepared > 1 ? 's' : ''}.
        {result.mergedPath ? (
          <>
            {' '}
            Tous réunis pour l’impression : <code>{result.mergedPath}</code>
          </>
        ) : null}
      </p>
      <table className="table">
        <tbody>
          {result.items.map((item) => (
            <tr
              key={item.debtorId}
              className={item.status === 'skipped' ? 'row--overdue' : undefined}
            >
              <td>{item.debtorName}</td>
              <td>{item.status === 'prepared' ? 'Préparé' : 'Écarté'}</td>
              <td className="numeric">
                {item.totalCents === null ? '' : <Money cents={item.totalCents} />}
              </td>
              <td>
                {item.messages.map((message) => (
                  <div key={message}>{message}</div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
