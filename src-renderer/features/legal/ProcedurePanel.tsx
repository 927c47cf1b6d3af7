import { useEffect, useRef, useState } from 'react';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import type { DebtorProcedure } from '../../../src-shared/domain/legal-view';
import { ApiError, call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { routeHash } from '../../app/route';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Money } from '../../components/Money';
import { CaseSteps } from './CaseSteps';
import { ClaimSummary } from './ClaimSummary';
import { ClaimWorking } from './ClaimWorking';
import { CourtCard } from './CourtCard';
import { DocumentActions } from './DocumentActions';
import { StepForm } from './StepForm';

interface ProcedurePanelProps {
  debtorId: number;
  today: string;
  /** Changes when the ledger does (an invoice, a payment), so the claim is computed again. */
  ledgerVersion: string;
  /** Called when a document or a step changed the debtor's timeline. */
  onTimelineChanged: () => void;
}

/** « Procédure » on the debtor file: amounts with working, court and why, documents, steps. */
export function ProcedurePanel(props: ProcedurePanelProps) {
  const { debtorId, today, ledgerVersion, onTimelineChanged } = props;
  const loaded = useCall('legal:procedure', { debtorId });
  const seenVersion = useRef(ledgerVersion);
  const { reload } = loaded;
  useEffect(() => {
    if (seenVersion.current === ledgerVersion) return;
    seenVersion.current = ledgerVersion;
    reload();
  }, [ledgerVersion, reload]);
  const [override, setOverride] = useState<DebtorProcedure | null>(null);
  const [stepOpen, setStepOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const procedure =
    override && override.debtorId === debtorId && !loaded.loading ? override : loaded.data;

  if (loaded.error) return <ErrorBanner message={loaded.error} />;
  if (!procedure) return <p className="loading">Calcul de la créance…</p>;
  const { claim, openCase } = procedure;
  const refresh = () => {
    setOverride(null);
    loaded.reload();
    onTimelineChanged();
  };
  const cancelStep = async (stepId: number) => {
    setError(null);
    try {
      await call('cases:cancelStep', { stepId });
      refresh();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'Erreur inattendue.');
    }
  };

  return (
    <section className="card procedure" aria-labelledby="procedure-title">
      <header className="page__header">
        <h2 id="procedure-title">Procédure</h2>
        <div className="stat stat--inline">
          <span className="stat__label">Total dû</span>
          <strong>
            <Money cents={claim.totalCents} />
          </strong>
        </div>
      </header>
      <ErrorBanner message={error} />
      {procedure.prescription.map((warning) => (
        <p
          key={warning.invoiceId}
          className={`banner banner--${warning.timeBarred ? 'error' : 'warning'}`}
          role="alert"
        >
          Facture {warning.number} (<Money cents={warning.openCents} />) :{' '}
          {warning.timeBarred
            ? `prescrite, dernier jour pour agir le ${formatFrenchDate(warning.lastDayToAct)}.`
            : `prescrite après le ${formatFrenchDate(warning.lastDayToAct)} : agissez avant.`}{' '}
          <span className="muted">{warning.explanation}</span>
        </p>
      ))}
      <div className="procedure__grid">
        <div>
          <h3>Ce que doit le débiteur</h3>
          <ClaimSummary claim={claim} />
        </div>
        <CourtCard procedure={procedure} onChanged={setOverride} />
      </div>
      <details className="procedure__working" open={claim.invoices.length <= 4}>
        <summary>Décompte détaillé : une ligne par facture, semestre et règlement</summary>
        <ClaimWorking claim={claim} />
      </details>
      <h3>Documents</h3>
      <DocumentActions
        debtorId={debtorId}
        canClaim={claim.complete && claim.claimedInvoiceIds.length > 0}
        onPrepared={refresh}
      />
      <h3>
        Suivi de la procédure
        {openCase ? (
          <a className="button button--small" href={routeHash({ screen: 'case', id: openCase.id })}>
            Ouvrir le dossier contentieux
          </a>
        ) : null}
        <button type="button" className="button button--small" onClick={() => setStepOpen(true)}>
          Enregistrer une étape
        </button>
      </h3>
      {openCase ? (
        <CaseSteps legalCase={openCase} onCancel={(stepId) => void cancelStep(stepId)} />
      ) : (
        <p className="muted">Aucune procédure en cours pour ce débiteur.</p>
      )}
      {stepOpen ? (
        <StepForm
          debtorId={debtorId}
          lastKind={openCase?.steps.filter((step) => !step.cancelledAt).at(-1)?.kind ?? null}
          today={today}
          onClose={() => setStepOpen(false)}
          onSaved={() => {
            setStepOpen(false);
            refresh();
          }}
        />
      ) : null}
    </section>
  );
}
