import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import { describeFecCustomers, FEC_ENCODING_LABELS } from '../../../src-shared/domain/fec-preview';
import type { FecImportPreview } from '../../../src-shared/domain/import-changes';
import { countOf } from '../../../src-shared/text/french-plural';
import { Money } from '../../components/Money';

const SHOWN_CUSTOMERS = 200;

/** What the FEC holds, before anything is written: company, period, customers, errors. */
export function FecPreviewView({ preview }: { preview: FecImportPreview }) {
  const { file } = preview;
  const customers = [...file.customers].sort((a, b) => b.balanceCents - a.balanceCents);
  return (
    <div className="fec-preview" data-testid="fec-preview">
      <dl className="details">
        <dt>Fichier</dt>
        <dd>
          {file.fileName} (lu en {FEC_ENCODING_LABELS[file.encoding]},{' '}
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
        <dd>{countOf(file.lineCount, 'ligne d’écritures', 'lignes d’écritures')}</dd>
        <dt>Clients (411)</dt>
        <dd data-testid="fec-customers">{describeFecCustomers(file)}</dd>
        <dt>Échéances</dt>
        <dd>
          {file.hasDueDateColumn
            ? 'lues dans la colonne d’échéance du fichier'
            : `le FEC ne donne pas d’échéance : elle est fixée à ` +
              `${countOf(preview.paymentTermsDays, 'jour')} après la date de pièce`}
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
              Et{' '}
              {countOf(
                file.errorCount - file.errors.length,
                'autre anomalie, non détaillée',
                'autres anomalies, non détaillées',
              )}
              .
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
          Les {SHOWN_CUSTOMERS} plus gros soldes sont affichés, sur{' '}
          {customers.length.toLocaleString('fr-FR')} clients.
        </p>
      ) : null}
    </div>
  );
}
