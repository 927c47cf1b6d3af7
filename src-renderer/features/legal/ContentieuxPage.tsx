import { useCallback } from 'react';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import { CASE_OUTCOME_LABELS, PROCEDURE_STEP_LABELS } from '../../../src-shared/domain/legal-case';
import { useCall } from '../../api/use-call';
import { routeHash } from '../../app/route';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Money } from '../../components/Money';
import { BatchPanel } from './BatchPanel';

const LEVEL_BADGES = {
  info: 'badge',
  warning: 'badge badge--warning',
  danger: 'badge badge--danger',
};

/** « Contentieux »: the cases and their deadlines, prescriptions to watch, batch preparation. */
export function ContentieuxPage() {
  const cases = useCall('cases:list', {});
  const warnings = useCall('legal:prescriptionWarnings', {});
  const reloadCases = cases.reload;
  const refresh = useCallback(() => reloadCases(), [reloadCases]);

  return (
    <section className="page">
      <header className="page__header">
        <h1>Contentieux</h1>
        <a className="button" href={routeHash({ screen: 'legalSettings' })}>
          Réglages juridiques
        </a>
      </header>
      <ErrorBanner message={cases.error ?? warnings.error} />
      <section className="card" aria-labelledby="cases-title">
        <h2 id="cases-title">Procédures</h2>
        {cases.data && cases.data.length === 0 ? (
          <p className="muted">
            Aucune procédure. Elles s’ouvrent depuis le panneau « Procédure » d’un dossier débiteur.
          </p>
        ) : null}
        <table className="table" aria-label="Procédures">
          <thead>
            <tr>
              <th>Débiteur</th>
              <th>Ouverte le</th>
              <th>Dernière étape</th>
              <th>Prochaine échéance</th>
              <th className="numeric">Réclamé</th>
              <th>État</th>
            </tr>
          </thead>
          <tbody>
            {(cases.data ?? []).map((item) => (
              <tr key={item.id}>
                <td>
                  <a href={routeHash({ screen: 'case', id: item.id })}>{item.debtorName}</a>
                </td>
                <td>{formatFrenchDate(item.openedOn)}</td>
                <td>
                  {item.lastStep
                    ? `${PROCEDURE_STEP_LABELS[item.lastStep.kind]} ` +
                      `(${formatFrenchDate(item.lastStep.occurredOn)})`
                    : '—'}
                </td>
                <td>
                  {item.nextDeadline ? (
                    <>
                      {item.nextDeadline.dueOn ? (
                        <span className={LEVEL_BADGES[item.nextDeadline.level]}>
                          {formatFrenchDate(item.nextDeadline.dueOn)}
                        </span>
                      ) : null}{' '}
                      {item.nextDeadline.message}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="numeric">
                  {item.claimedCents === null ? '—' : <Money cents={item.claimedCents} />}
                </td>
                <td>
                  {item.closedOn && item.outcome
                    ? `Close (${CASE_OUTCOME_LABELS[item.outcome]})`
                    : 'En cours'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="prescription-title">
        <h2 id="prescription-title">Prescriptions à surveiller</h2>
        {warnings.data && warnings.data.length === 0 ? (
          <p className="muted">Aucune facture ouverte n’est prescrite ni proche de l’être.</p>
        ) : null}
        <table className="table">
          <tbody>
            {(warnings.data ?? []).map((warning) => (
              <tr
                key={warning.invoiceId}
                className={warning.timeBarred ? 'row--overdue' : undefined}
              >
                <td>
                  <a href={routeHash({ screen: 'debtor', id: warning.debtorId })}>
                    {warning.debtorName}
                  </a>
                </td>
                <td>{warning.number}</td>
                <td className="numeric">
                  <Money cents={warning.openCents} />
                </td>
                <td>
                  {warning.timeBarred ? 'Prescrite' : 'Dernier jour pour agir'} :{' '}
                  {formatFrenchDate(warning.lastDayToAct)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <BatchPanel onDone={refresh} />
    </section>
  );
}
