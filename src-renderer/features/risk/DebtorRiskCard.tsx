import { useState } from 'react';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import { creditLimitWarning } from '../../../src-shared/risk/credit-limit';
import { RISK_CLASS_LABELS } from '../../../src-shared/risk/risk-class';
import { useCall } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Money } from '../../components/Money';
import { CreditLimitDialog } from './CreditLimitDialog';

const points = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/**
 * The debtor's risk on its file: class and score with every factor's contribution, the
 * credit limit with a warning when the open amount passes it, and the terms to offer. The
 * debtor file remounts it (by its key) after each change, so it is always read afresh.
 */
export function DebtorRiskCard({
  debtorId,
  onChanged,
}: {
  debtorId: number;
  /** Reloads the debtor file (its timeline shows the change). */
  onChanged: () => void;
}) {
  const risk = useCall('risk:debtor', { id: debtorId });
  const [editing, setEditing] = useState(false);

  if (risk.error) return <ErrorBanner message={risk.error} />;
  if (!risk.data) return <p className="loading">Calcul du risque…</p>;
  const { assessment, creditLimit, terms } = risk.data;
  const { status } = creditLimit;
  const warning = creditLimitWarning(risk.data.openCents, status);

  return (
    <section className="card risk" aria-label="Risque">
      <header className="risk__header">
        <h2>Risque</h2>
        <span
          className={`risk-badge risk-badge--large risk-badge--${assessment.riskClass}`}
          data-testid="risk-class"
        >
          {assessment.riskClass}
        </span>
        <div>
          <strong>{RISK_CLASS_LABELS[assessment.riskClass]}</strong>
          <p className="muted">
            {assessment.score === null ? 'Pas de score' : `Score ${assessment.score} sur 100`} ·
            calculé au {formatFrenchDate(risk.data.asOf)}
          </p>
        </div>
      </header>
      <p className={assessment.neutral ? 'banner banner--warning' : 'risk__explanation'}>
        {assessment.explanation}
      </p>
      <table className="table risk__factors" aria-label="Facteurs du score">
        <thead>
          <tr>
            <th scope="col">Facteur</th>
            <th scope="col">Constat</th>
            <th scope="col" className="numeric">
              Points
            </th>
          </tr>
        </thead>
        <tbody>
          {assessment.factors.map((factor) => (
            <tr key={factor.key}>
              <th scope="row">{factor.label}</th>
              <td>{factor.detail}</td>
              <td className="numeric risk__points">
                <span
                  className="risk__bar"
                  aria-hidden="true"
                  style={{ width: `${Math.max(0, (factor.points / factor.maxPoints) * 100)}%` }}
                />
                {points.format(factor.points)} / {factor.maxPoints}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="risk__limit">
        <h3>Plafond de crédit</h3>
        <p>
          {status.limitCents === null ? (
            'Aucun plafond : rien ne permet d’en suggérer un.'
          ) : (
            <>
              <strong data-testid="credit-limit">
                <Money cents={status.limitCents} />
              </strong>{' '}
              {status.source === 'manuel'
                ? `fixé par ` +
                  `${creditLimit.manual?.setBy ?? ''}${creditLimit.manual?.note ? ` (${creditLimit.manual.note})` : ''}`
                : 'suggéré'}
            </>
          )}{' '}
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            Modifier le plafond
          </button>
        </p>
        {status.source !== 'manuel' ? (
          <p className="muted">{creditLimit.suggestion.explanation}</p>
        ) : null}
        {warning ? (
          <p className="banner banner--error" role="alert" data-testid="credit-limit-warning">
            {warning}
          </p>
        ) : null}
      </div>
      <div className="risk__terms">
        <h3>Conditions conseillées pour de nouvelles commandes</h3>
        <p>
          <strong>{terms.label}</strong> : {terms.detail}
        </p>
      </div>
      {editing ? (
        <CreditLimitDialog
          risk={risk.data}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}
