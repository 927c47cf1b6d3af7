import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import type { FecImportPreview } from '../../../src-shared/domain/import-changes';
import { formatEuros } from '../../../src-shared/money/format-amount';
import { Money } from '../../components/Money';

const SHOWN_CUSTOMERS = 200;

/** What the FEC holds, before anything is written: company, period, customers, errors. */
export function FecPreviewView({ preview }: { preview: FecImportPreview }) {
  const { file } = preview;
  const customers = [...file.customers].sort((a, b) => b.balanceCents - a.balanceCents);
  const counts = file.itemCountByKind;
  return (
    <div className="fec-preview" data-testid="fec-preview">
      <dl className="details">
        <dt>Fichier</dt>
        <dd>
          {file.fileName} ({file.encoding === 'utf-8' ? 'UTF-8' : 'ISO-8859-15'},{' '}
          {file.separator === 'tab' ? 'tabulations' : 'barres verticales'})
        </dd>
        <dt>Entreprise</dt>
        <dd>
          {file.company.siren ? `SIREN ${file.company.siren}` : 'SIREN inconnu'}
          {file.company.closingDate
            ? `, clôture au ${formatFrenchDate(file.company.closingDate)}`
            : ''}
        </dd>
        <dt>Période</dt>
        <dd data-testid="fec-period">
          {file.period
            ? `du ${formatFrenchDate(file.period.from)} au ${formatFrenchDate(file.period.to)}`
            : '—'}
        </dd>
        <dt>Lignes</dt>
        <dd>{file.lineCount.toLocaleString('fr-FR')} lignes d’écritures</dd>
        <dt>Clients (411)</dt>
        <dd>
          {file.customers.length} clients : {counts.invoice} factures, {counts.payment} règlements,{' '}
          {counts['credit-note']} avoirs, {counts.opening} à-nouveaux,{' '}
          {counts.refund + counts.adjustment} autres écritures ; facturé{' '}
          {formatEuros(file.invoicedCents)}, encaissé {formatEuros(file.paidCents)}
        </dd>
        <dt>Échéances</dt>
        <dd>
          {file.hasDueDateColumn
            ? 'lues dans la colonne d’échéance du fichier'
            : `le FEC ne donne pas d’échéance : elle est fixée à ${preview.paymentTermsDays} jours après la date de pièce`}
        </dd>
      </dl>
      {preview.previousImport ? (
        <div className="banner banner--info" role="status">
          Ce fichier a déjà été importé le{' '}
          {new Date(preview.previousImport.importedAt).toLocaleString('fr-FR')} par{' '}
          {preview.previousImport.actor} : un nouvel import ne reprendra que ce qui manque.
        </div>
      ) : null}
      {file.warnings.map((warning) => (
        <div key={warning} className="banner banner--warning" role="status">
          {warning}
        </div>
      ))}
      {file.errors.length > 0 ? (
        <details className="import-issues" open>
          <summary>Anomalies du fichier ({file.errorCount.toLocaleString('fr-FR')})</summary>
          <ul data-testid="fec-errors">
            {file.errors.map((issue) => (
              <li key={`${issue.line}-${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
          {file.errorCount > file.errors.length ? (
            <p className="muted">
              Et {file.errorCount - file.errors.length} autres, non détaillées.
            </p>
          ) : null}
        </details>
      ) : null}
      <div className="table-scroll import-table">
        <table className="table" aria-label="Clients du FEC">
          <thead>
            <tr>
              <th>Client</th>
              <th>Compte</th>
              <th className="numeric">Lignes</th>
              <th className="numeric">Solde du compte</th>
              <th className="numeric">Dont non lettré</th>
            </tr>
          </thead>
          <tbody>
            {customers.slice(0, SHOWN_CUSTOMERS).map((customer) => (
              <tr key={customer.key}>
                <td>{customer.name}</td>
                <td>{customer.key}</td>
                <td className="numeric">{customer.itemCount}</td>
                <td className="numeric">
                  <Money cents={customer.balanceCents} muted />
                </td>
                <td className="numeric">
                  <Money cents={customer.openBalanceCents} muted />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {customers.length > SHOWN_CUSTOMERS ? (
        <p className="muted">
          Les {SHOWN_CUSTOMERS} plus gros soldes sont affichés, sur {customers.length} clients.
        </p>
      ) : null}
    </div>
  );
}
