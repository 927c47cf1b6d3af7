import { useState } from 'react';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import { CASE_OUTCOME_LABELS, type CaseOutcome } from '../../../src-shared/domain/legal-case';
import { ApiError, call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { routeHash } from '../../app/route';
import { ErrorBanner } from '../../components/ErrorBanner';
import { CaseSteps } from './CaseSteps';
import { JUDGE_LABELS } from './CourtCard';
import { StepForm } from './StepForm';

/** One case: its court, deadlines, steps and documents; record a step or close it. */
export function CasePage({ caseId, today }: { caseId: number; today: string }) {
  const loaded = useCall('cases:get', { id: caseId });
  const [stepOpen, setStepOpen] = useState(false);
  const [outcome, setOutcome] = useState<CaseOutcome>('paye');
  const [error, setError] = useState<string | null>(null);

  if (loaded.error) return <ErrorBanner message={loaded.error} />;
  if (!loaded.data) return <p className="loading">Chargement de la procédure…</p>;
  const legalCase = loaded.data;
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      loaded.reload();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'Erreur inattendue.');
    }
  };

  return (
    <section className="page">
      <p className="breadcrumb">
        <a href={routeHash({ screen: 'cases' })}>Contentieux</a> ›
      </p>
      <header className="page__header">
        <div>
          <h1>{legalCase.debtorName}</h1>
          <p className="muted">
            Procédure ouverte le {formatFrenchDate(legalCase.openedOn)}
            {legalCase.closedOn && legalCase.outcome
              ? ` · close le ${formatFrenchDate(legalCase.closedOn)} ` +
                `(${CASE_OUTCOME_LABELS[legalCase.outcome]})`
              : ''}
          </p>
        </div>
        <div className="page__actions">
          <a className="button" href={routeHash({ screen: 'debtor', id: legalCase.debtorId })}>
            Dossier du débiteur
          </a>
          {legalCase.closedOn ? null : (
            <button
              type="button"
              className="button button--primary"
              onClick={() => setStepOpen(true)}
            >
              Enregistrer une étape
            </button>
          )}
        </div>
      </header>
      <ErrorBanner message={error} />
      {legalCase.court ? (
        <p className="card">
          <strong>{legalCase.court.name}</strong>
          {legalCase.court.address ? ` · ${legalCase.court.address}` : ''}
          <br />
          <span className="muted">
            {JUDGE_LABELS[legalCase.court.judge]} · Cerfa n° {legalCase.court.cerfaNumber}
          </span>
        </p>
      ) : null}
      <section className="card">
        <h2>Étapes et échéances</h2>
        <CaseSteps
          legalCase={legalCase}
          onCancel={(stepId) => void act(() => call('cases:cancelStep', { stepId }))}
        />
      </section>
      {legalCase.closedOn ? null : (
        <section className="card toolbar">
          <label htmlFor="caseOutcome">Clore la procédure :</label>
          <select
            id="caseOutcome"
            value={outcome}
            onChange={(event) => setOutcome(event.target.value as CaseOutcome)}
          >
            {Object.entries(CASE_OUTCOME_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            onClick={() => void act(() => call('cases:close', { id: caseId, outcome }))}
          >
            Clore
          </button>
        </section>
      )}
      {stepOpen ? (
        <StepForm
          debtorId={legalCase.debtorId}
          lastKind={legalCase.steps.filter((step) => !step.cancelledAt).at(-1)?.kind ?? null}
          today={today}
          onClose={() => setStepOpen(false)}
          onSaved={() => {
            setStepOpen(false);
            loaded.reload();
          }}
        />
      ) : null}
    </section>
  );
}
