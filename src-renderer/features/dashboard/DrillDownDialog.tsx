import type { DrillSelector } from '../../../src-shared/reporting/drill-down';
import type { DashboardQueryInput } from '../../../src-shared/ipc/schemas/reporting-schemas';
import { departementName } from '../../../src-shared/validators/postal-code';
import { useCall } from '../../api/use-call';
import { routeHash } from '../../app/route';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Money } from '../../components/Money';

/** A figure the user clicked: what it is called and which debtors it stands for. */
export interface Drill {
  title: string;
  selector: DrillSelector;
}

interface DrillDownDialogProps {
  filters: DashboardQueryInput;
  drill: Drill;
  onClose: () => void;
}

/** The debtors behind a figure, largest share first, each opening its debtor file. */
export function DrillDownDialog({ filters, drill, onClose }: DrillDownDialogProps) {
  const result = useCall('reporting:debtors', { filters, selector: drill.selector });
  const data = result.data;
  // The open and overdue columns, unless the figure clicked is already one of them.
  const showOpen = data?.amountLabel !== 'Encours';
  const showOverdue = data?.amountLabel !== 'Échu';
  return (
    <Dialog title={`Débiteurs : ${drill.title}`} onClose={onClose} wide>
      <div className="drill">
        <ErrorBanner message={result.error} />
        {!data ? <p className="loading">Chargement…</p> : null}
        {data ? (
          <>
            <p className="totals" data-testid="drill-summary">
              <span>
                {data.count.toLocaleString('fr-FR')} débiteur{data.count > 1 ? 's' : ''}
              </span>
              <span>
                {data.amountLabel} <Money cents={data.totalCents} />
              </span>
              {data.rows.length < data.count ? (
                <span className="muted">{data.rows.length} premiers affichés</span>
              ) : null}
            </p>
            {data.count === 0 ? (
              <p className="empty">Aucun débiteur derrière ce chiffre.</p>
            ) : (
              <div className="drill__scroll">
                <table className="table" aria-label="Débiteurs concernés">
                  <thead>
                    <tr>
                      <th scope="col">Débiteur</th>
                      <th scope="col">Dépt</th>
                      <th scope="col">Secteur</th>
                      <th scope="col">Classe</th>
                      <th scope="col" className="numeric">
                        {data.amountLabel}
                      </th>
                      {showOpen ? (
                        <th scope="col" className="numeric">
                          Encours
                        </th>
                      ) : null}
                      {showOverdue ? (
                        <th scope="col" className="numeric">
                          Échu
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {data.rows.map((row) => (
                      <tr key={row.debtorId}>
                        <td>
                          <a href={routeHash({ screen: 'debtor', id: row.debtorId })}>
                            {row.displayName}
                          </a>
                        </td>
                        <td title={row.departement ? (departementName(row.departement) ?? '') : ''}>
                          {row.departement ?? '—'}
                        </td>
                        <td>{row.sector ?? '—'}</td>
                        <td>
                          {row.riskClass ? (
                            <span className={`risk-badge risk-badge--${row.riskClass}`}>
                              {row.riskClass}
                            </span>
                          ) : (
                            '—'
                          )}
                        </td>
                        <td className="numeric">
                          <Money cents={row.amountCents} />
                        </td>
                        {showOpen ? (
                          <td className="numeric">
                            <Money cents={row.openCents} muted />
                          </td>
                        ) : null}
                        {showOverdue ? (
                          <td className="numeric">
                            <Money cents={row.overdueCents} muted />
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        ) : null}
      </div>
    </Dialog>
  );
}
