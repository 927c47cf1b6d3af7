import { useEffect, useState } from 'react';
import type { ScenarioStep } from '../../../src-shared/relance/scenario';
import { templateProblems } from '../../../src-shared/relance/template-fields';
import { useCall } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';

/** The step's message written for a real debtor, as the user types (after a short pause). */
export function TemplatePreview({ step, stepNumber }: { step: ScenarioStep; stepNumber: number }) {
  const [search, setSearch] = useState('');
  const [debtorId, setDebtorId] = useState<number | null>(null);
  const [shown, setShown] = useState(step);
  useEffect(() => {
    const timer = setTimeout(() => setShown(step), 400);
    return () => clearTimeout(timer);
  }, [step]);
  const debtors = useCall('debtors:list', {
    search,
    overdueOnly: true,
    sortBy: 'overdueCents',
    sortDirection: 'desc',
    limit: 20,
  });
  const chosen = debtorId ?? debtors.data?.rows[0]?.id ?? null;
  const problems = [...templateProblems(shown.subject), ...templateProblems(shown.body)];
  const numbersValid = Number.isInteger(shown.deadlineDays) && Number.isInteger(shown.offsetDays);
  const preview = useCall(
    'relance:preview',
    { debtorId: chosen ?? 1, step: shown },
    chosen !== null && problems.length === 0 && numbersValid,
  );
  return (
    <section className="card template-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Aperçu de l’étape {stepNumber}</h2>
      <div className="form__row">
        <label>
          Débiteur{' '}
          <input
            type="search"
            aria-label="Chercher un débiteur"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Chercher…"
          />
        </label>
        <select
          aria-label="Débiteur de l’aperçu"
          value={chosen ?? ''}
          onChange={(e) => setDebtorId(Number(e.target.value))}
        >
          {(debtors.data?.rows ?? []).map((row) => (
            <option key={row.id} value={row.id}>
              {row.displayName}
            </option>
          ))}
        </select>
      </div>
      {problems.length > 0 ? <ErrorBanner message={problems.join(' ')} /> : null}
      {!numbersValid ? (
        <p className="muted">Corrigez les nombres de jours pour voir l’aperçu.</p>
      ) : null}
      {chosen === null ? (
        <p className="muted">Aucun débiteur avec une facture échue à montrer.</p>
      ) : null}
      <ErrorBanner message={preview.error} />
      {preview.data && problems.length === 0 ? (
        <div className="template-preview__message" data-testid="template-preview">
          {preview.data.warnings.map((warning) => (
            <p key={warning} className="banner banner--warning">
              {warning}
            </p>
          ))}
          {preview.data.subject ? (
            <p>
              <strong>Objet : {preview.data.subject}</strong>
            </p>
          ) : null}
          <pre>{preview.data.sms?.text ?? preview.data.body}</pre>
          {preview.data.sms ? <p className="muted">{preview.data.sms.description}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
