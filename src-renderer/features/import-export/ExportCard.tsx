import { useState } from 'react';
import {
  EXPORT_KIND_LABELS,
  type ExportFormat,
  type ExportKind,
  type ExportResult,
} from '../../../src-shared/domain/export';
import { ApiError, call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';

/** Exports debtors, invoices or open items to a CSV or an Excel workbook. */
export function ExportCard({ hasNativeDialogs }: { hasNativeDialogs: boolean }) {
  const [kind, setKind] = useState<ExportKind>('openItems');
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [path, setPath] = useState('');
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setError(null);
    setResult(null);
    try {
      let target: string | null = path.trim() === '' ? null : path.trim();
      if (hasNativeDialogs) {
        target = await call('export:choosePath', { kind, format });
        if (target === null) return;
      }
      setResult(await call('export:run', { kind, format, path: target }));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'Erreur inattendue.');
    }
  };

  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">Exporter</h2>
      <p className="muted">
        Pour un tableur français : CSV séparé par des points-virgules (UTF-8, virgule décimale,
        dates JJ/MM/AAAA) ou classeur Excel aux montants et dates calculables.
      </p>
      <div className="form__grid">
        <div className="field">
          <label htmlFor="export-kind">Données</label>
          <select
            id="export-kind"
            value={kind}
            onChange={(event) => setKind(event.target.value as ExportKind)}
          >
            {(Object.keys(EXPORT_KIND_LABELS) as ExportKind[]).map((key) => (
              <option key={key} value={key}>
                {EXPORT_KIND_LABELS[key]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="export-format">Format</label>
          <select
            id="export-format"
            value={format}
            onChange={(event) => setFormat(event.target.value as ExportFormat)}
          >
            <option value="xlsx">Classeur Excel (.xlsx)</option>
            <option value="csv">CSV point-virgule (.csv)</option>
          </select>
        </div>
        {hasNativeDialogs ? null : (
          <div className="field">
            <label htmlFor="export-path">Enregistrer sous (facultatif)</label>
            <input
              id="export-path"
              className="input--wide"
              type="text"
              value={path}
              placeholder="Dossier « exports » des données de Recouvra"
              onChange={(event) => setPath(event.target.value)}
            />
          </div>
        )}
      </div>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={() => void run()}>
          {hasNativeDialogs ? 'Exporter…' : 'Exporter'}
        </button>
      </div>
      <ErrorBanner message={error} />
      {result ? (
        <div className="banner banner--success" role="status">
          {result.rowCount} lignes exportées dans {result.path}
        </div>
      ) : null}
    </section>
  );
}
