import { useCallback } from 'react';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import type { AppInfo } from '../../../src-shared/domain/workspace';
import { useCall } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ExportCard } from './ExportCard';
import { FecImportCard } from './FecImportCard';
import { SheetImportCard } from './SheetImportCard';

/** The « Import / Export » section: FEC and spreadsheet imports, exports, the history. */
export function ImportExportPage({ info }: { info: AppInfo }) {
  const settings = useCall('import:settings', {});
  const history = useCall('import:history', {});
  const reloadHistory = history.reload;
  const imported = useCallback(() => reloadHistory(), [reloadHistory]);

  return (
    <section className="page">
      <header className="page__header">
        <div>
          <h1>Import / Export</h1>
          <p className="muted">
            Reprendre les créances de la comptabilité, les tenir à jour, et les sortir vers un
            tableur.
          </p>
        </div>
      </header>
      <ErrorBanner message={settings.error ?? history.error} />
      {settings.data ? (
        <FecImportCard
          hasNativeDialogs={info.hasNativeDialogs}
          defaultTerms={settings.data.paymentTermsDays}
          onImported={imported}
        />
      ) : null}
      <SheetImportCard hasNativeDialogs={info.hasNativeDialogs} onImported={imported} />
      <ExportCard hasNativeDialogs={info.hasNativeDialogs} />
      {history.data && history.data.length > 0 ? (
        <section className="card" aria-labelledby="history-title">
          <h2 id="history-title">Imports précédents</h2>
          <table className="table" aria-label="Imports précédents">
            <thead>
              <tr>
                <th>Date</th>
                <th>Fichier</th>
                <th>Période</th>
                <th>Par</th>
                <th className="numeric">Débiteurs</th>
                <th className="numeric">Factures</th>
                <th className="numeric">Règlements</th>
              </tr>
            </thead>
            <tbody>
              {history.data.map((batch) => (
                <tr key={batch.id}>
                  <td>{new Date(batch.importedAt).toLocaleString('fr-FR')}</td>
                  <td>{batch.fileName}</td>
                  <td>
                    {batch.periodFrom && batch.periodTo
                      ? `${formatFrenchDate(batch.periodFrom)} – ` +
                        `${formatFrenchDate(batch.periodTo)}`
                      : '—'}
                  </td>
                  <td>{batch.actor}</td>
                  <td className="numeric">{batch.debtorsTouched}</td>
                  <td className="numeric">{batch.invoicesAdded}</td>
                  <td className="numeric">{batch.paymentsAdded}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </section>
  );
}
