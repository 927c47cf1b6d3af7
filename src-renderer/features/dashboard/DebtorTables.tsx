import type { Dashboard } from '../../../src-shared/reporting/dashboard-types';
import type { DrillSelector } from '../../../src-shared/reporting/drill-down';
import {
  RELANCE_CHANNELS,
  RELANCE_CHANNEL_LABELS,
} from '../../../src-shared/relance/relance-channel';
import { routeHash } from '../../app/route';
import { Money } from '../../components/Money';

/** The debtors with the largest overdue amounts, each opening its file. */
export function TopOverdueTable({ dashboard }: { dashboard: Dashboard }) {
  if (dashboard.topOverdue.length === 0) return <p className="empty">Aucun retard à ce jour.</p>;
  return (
    <table className="table" aria-label="Plus gros retards">
      <thead>
        <tr>
          <th scope="col">Débiteur</th>
          <th scope="col" className="numeric">
            Échu
          </th>
          <th scope="col" className="numeric">
            Encours
          </th>
          <th scope="col" className="numeric">
            Retard max
          </th>
          <th scope="col">Classe</th>
        </tr>
      </thead>
      <tbody>
        {dashboard.topOverdue.map((row) => (
          <tr key={row.debtorId}>
            <td>
              <a href={routeHash({ screen: 'debtor', id: row.debtorId })}>{row.displayName}</a>
            </td>
            <td className="numeric">
              <Money cents={row.overdueCents} />
            </td>
            <td className="numeric">
              <Money cents={row.openCents} />
            </td>
            <td className="numeric">{row.maxDaysOverdue} j</td>
            <td>
              {row.riskClass ? (
                <span className={`risk-badge risk-badge--${row.riskClass}`}>{row.riskClass}</span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface OwnersTableProps {
  dashboard: Dashboard;
  onSelect: (selector: DrillSelector, label: string) => void;
}

/** The relance actions each person did in the period, by channel: counted by their author. */
export function ActionsByAuthorTable({ dashboard }: { dashboard: Dashboard }) {
  const authors = dashboard.owners.filter((owner) => owner.userId !== null);
  const { otherAuthors } = dashboard;
  return (
    <div className="table-scroll">
      <table className="table" aria-label="Actions de relance par auteur">
        <thead>
          <tr>
            <th scope="col">Fait par</th>
            {RELANCE_CHANNELS.map((channel) => (
              <th key={channel} scope="col" className="numeric">
                {RELANCE_CHANNEL_LABELS[channel]}
              </th>
            ))}
            <th scope="col" className="numeric">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {authors.map((owner) => (
            <tr key={owner.userId}>
              <th scope="row">{owner.name}</th>
              {RELANCE_CHANNELS.map((channel) => (
                <td key={channel} className="numeric">
                  {owner.actionsByChannel[channel].toLocaleString('fr-FR')}
                </td>
              ))}
              <td className="numeric">{owner.actions.toLocaleString('fr-FR')}</td>
            </tr>
          ))}
          {otherAuthors.actions > 0 ? (
            <tr>
              <th scope="row">Autres : {otherAuthors.names.join(', ')}</th>
              {RELANCE_CHANNELS.map((channel) => (
                <td key={channel} className="numeric">
                  {otherAuthors.actionsByChannel[channel].toLocaleString('fr-FR')}
                </td>
              ))}
              <td className="numeric">{otherAuthors.actions.toLocaleString('fr-FR')}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

/** What each person's debtors owe and paid, and their promises: counted by the debtor's owner. */
export function OwnersTable({ dashboard, onSelect }: OwnersTableProps) {
  return (
    <div className="table-scroll">
      <table className="table" aria-label="Résultats par responsable du débiteur">
        <thead>
          <tr>
            <th scope="col">Responsable</th>
            <th scope="col" className="numeric">
              Débiteurs
            </th>
            <th scope="col" className="numeric">
              Encours
            </th>
            <th scope="col" className="numeric">
              Échu
            </th>
            <th scope="col" className="numeric">
              Encaissé
            </th>
            <th scope="col" className="numeric">
              Dont après relance
            </th>
            <th scope="col" className="numeric">
              Promesses tenues
            </th>
          </tr>
        </thead>
        <tbody>
          {dashboard.owners
            .filter((owner) => owner.debtors > 0)
            .map((owner) => (
              <tr key={owner.userId ?? 'none'}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onSelect({ kind: 'owner', userId: owner.userId }, owner.name)}
                  >
                    {owner.name}
                  </button>
                </th>
                <td className="numeric">{owner.debtors.toLocaleString('fr-FR')}</td>
                <td className="numeric">
                  <Money cents={owner.openCents} />
                </td>
                <td className="numeric">
                  <Money cents={owner.overdueCents} />
                </td>
                <td className="numeric">
                  <Money cents={owner.collectedCents} />
                </td>
                <td className="numeric">
                  <Money cents={owner.recoveredAfterRelanceCents} muted />
                </td>
                <td className="numeric">
                  {owner.promisesKept + owner.promisesBroken === 0
                    ? '—'
                    : `${owner.promisesKept} / ${owner.promisesKept + owner.promisesBroken}`}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
