import { Fragment, useState } from 'react';
import { formatLongFrenchDate } from '../../../src-shared/dates/french-date';
import {
  isBatchChannel,
  RELANCE_CHANNEL_LABELS,
} from '../../../src-shared/relance/relance-channel';
import type { OwnerFilter } from '../../../src-shared/relance/relance-view';
import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { routeHash } from '../../app/route';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Money } from '../../components/Money';
import { AgendaItemPanel, type DoneNotice } from './AgendaItemPanel';
import { OpenFolderButton } from './OpenFolderButton';
import { ownerFilterValue, parseOwnerFilter } from './owner-filter';
import {
  dueLabel,
  failureMessage,
  invoiceNumbers,
  prescriptionLabel,
  resumedLabel,
  stepNumberLabel,
} from './relance-labels';
import { RelanceBatchPanel } from './RelanceBatchPanel';

/** « À faire »: today's relances and the overdue ones, most important first. */
// Nothing is written or sent from a file opened read-only: the file could not remember it.
const READ_ONLY_HINT = 'Dossier ouvert en lecture seule : rien ne peut être envoyé ni enregistré.';

export function AgendaPage({ today, readOnly }: { today: string; readOnly: boolean }) {
  const [owner, setOwner] = useState<OwnerFilter>({ kind: 'tous' });
  const [openId, setOpenId] = useState<number | null>(null);
  const [notice, setNotice] = useState<DoneNotice | null>(null);
  const [send, setSend] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const agenda = useCall('relance:agenda', { owner });
  const configuration = useCall('scenarios:configuration', {});

  if (agenda.error) return <ErrorBanner message={agenda.error} />;
  if (!agenda.data) return <p className="loading">Préparation de l’agenda…</p>;
  const { items, users } = agenda.data;
  const canSend = Boolean(configuration.data?.smtp);
  const batchCount = items.filter((item) => isBatchChannel(item.channel)).length;
  const smsCount = items.filter((item) => item.channel === 'sms').length;

  const done = (next: DoneNotice) => {
    setNotice(next);
    setOpenId(null);
    agenda.reload();
  };
  const exportSms = async () => {
    setError(null);
    try {
      const result = await call('relance:exportSms', { owner });
      const missing = result.withoutNumber.length
        ? ` Restent à faire, sans numéro mobile : ${result.withoutNumber
            .map((entry) => `${entry.debtorName} (${entry.reason})`)
            .join(', ')}.`
        : '';
      done({
        summary: `${result.count} SMS exporté(s) pour envoi groupé.${missing}`,
        path: result.path,
      });
    } catch (failure) {
      setError(failureMessage(failure));
    }
  };

  return (
    <section className="page page--full agenda">
      <header className="page__header">
        <div>
          <h1>À faire</h1>
          <p className="muted">
            {formatLongFrenchDate(today)} · {items.length} relance(s) à faire pour{' '}
            <Money cents={agenda.data.totalCents} />
          </p>
        </div>
        <label className="agenda__owner">
          Responsable{' '}
          <select
            aria-label="Responsable"
            value={ownerFilterValue(owner)}
            onChange={(event) => setOwner(parseOwnerFilter(event.target.value))}
          >
            <option value="tous">Tout le monde</option>
            {users.map((user) => (
              <option key={user.id} value={String(user.id)}>
                {user.name}
              </option>
            ))}
            <option value="sans">Sans responsable</option>
          </select>
        </label>
      </header>
      <div className="agenda__toolbar">
        <RelanceBatchPanel
          owner={owner}
          count={batchCount}
          readOnly={readOnly}
          canSend={canSend}
          send={send}
          onSendChange={setSend}
          onFinished={agenda.reload}
        />
        <button
          type="button"
          className="button"
          disabled={smsCount === 0 || readOnly}
          title={readOnly ? READ_ONLY_HINT : undefined}
          onClick={() => void exportSms()}
        >
          Exporter les SMS du jour (CSV, {smsCount})
        </button>
      </div>
      <ErrorBanner message={error} />
      {notice ? (
        <div className="banner banner--success" role="status" data-testid="agenda-notice">
          {notice.summary} {notice.path ? <OpenFolderButton path={notice.path} /> : null}
        </div>
      ) : null}
      {agenda.data.resumesOn ? (
        <p className="banner banner--warning" role="status" data-testid="agenda-day-off">
          Jour non ouvré : rien ne part aujourd’hui, les relances dues reprennent le{' '}
          {formatLongFrenchDate(agenda.data.resumesOn)}.
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="empty">Rien à faire aujourd’hui pour cette sélection.</p>
      ) : (
        <table className="table agenda__table">
          <thead>
            <tr>
              <th>Débiteur</th>
              <th>Relance</th>
              <th>Factures</th>
              <th className="numeric">Montant</th>
              <th className="numeric">Retard</th>
              <th>Échéance de l’action</th>
              <th>Responsable</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const resumed = resumedLabel(item);
              const prescription = prescriptionLabel(item);
              const open = openId === item.debtorId;
              return (
                <Fragment key={item.debtorId}>
                  <tr
                    className={open ? 'agenda__row agenda__row--open' : 'agenda__row'}
                    data-testid={`agenda-row-${item.debtorId}`}
                  >
                    <td>
                      <a href={routeHash({ screen: 'debtor', id: item.debtorId })}>
                        {item.debtorName}
                      </a>
                      {resumed ? <span className="badge badge--danger">{resumed}</span> : null}
                      {prescription ? (
                        <span
                          className={
                            prescription.timeBarred ? 'badge badge--danger' : 'badge badge--warning'
                          }
                          data-testid={`agenda-prescription-${item.debtorId}`}
                        >
                          {prescription.text}
                        </span>
                      ) : null}
                      <div className="muted">{item.scenarioName}</div>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--ghost agenda__toggle"
                        aria-expanded={open}
                        onClick={() => setOpenId(open ? null : item.debtorId)}
                      >
                        <span className={`channel channel--${item.channel}`}>
                          {RELANCE_CHANNEL_LABELS[item.channel]}
                        </span>
                      </button>
                      <div className="muted">{stepNumberLabel(item)}</div>
                    </td>
                    <td title={item.invoices.map((invoice) => invoice.number).join(', ')}>
                      {invoiceNumbers(item)}
                    </td>
                    <td className="numeric">
                      <Money cents={item.amountCents} />
                    </td>
                    <td className="numeric">{item.daysOverdue} j</td>
                    <td>{dueLabel(item, 'due')}</td>
                    <td>{item.ownerName ?? <span className="muted">—</span>}</td>
                  </tr>
                  {open ? (
                    <tr className="agenda__detail">
                      <td colSpan={7}>
                        <AgendaItemPanel item={item} canSend={canSend} onDone={done} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
