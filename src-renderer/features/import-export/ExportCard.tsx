import { useState } from 'react';
import {
  EXPORT_KIND_LABELS,
  type ExportFormat,
  type ExportKind,
  type ExportResult,
} from '../../../src-shared/domain/export';
import { countOf } from '../../../src-shared/text/french-plural';
import { ApiError, call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';

/** Exports debtors, invoices or open items to a CSV or an Excel workbook. */
export function ExportCard({ hasNativeDialogs }: { hasNativeDialogs: boolean }) {
  const [kind, setKind] = useState<ExportKind>('openItems');
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [path, setPath] = useState('');
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The typed path names a file that exists: main refused to replace it until the user says so.
  const [existing, setExisting] = useState<{ path: string; message: string } | null>(null);

  const write = async (target: string | null, overwrite: boolean) => {
    try {
      setResult(await call('export:run', { kind, format, path: target, overwrite }));
    } catch (failure) {
      if (failure instanceof ApiError && failure.data.code === 'CONFLICT' && target !== null) {
        setExisting({ path: target, message: failure.message });
        return;
      }
      setError(failure instanceof ApiError ? failure.message : 'Erreur inattendue.');
    }
  };

  const run = async () => {
    setError(null);
    setResult(null);
    setExisting(null);
    if (!hasNativeDialogs) {
      await write(path.trim() === '' ? null : path.trim(), false);
      return;
    }
    try {
      const target = await call('export:choosePath', { kind, format });
      // The save dialog already asked before replacing a file.
      if (target !== null) await write(target, true);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'Erreur inattendue.');
    }
  };

  const replace = async () => {
    if (existing === null) return;
    const target = existing.path;
    setExisting(null);
    await write(target, true);
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
              placeholder="Chemin complet, sinon le dossier « exports » des données de Recouvra"
              onChange={(event) => {
                setPath(event.target.value);
                setExisting(null);
              }}
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
      {existing ? (
        <div className="banner banner--warning" role="alertdialog" aria-label="Remplacer ?">
          <p>{existing.message}</p>
          <p>Remplacer ?</p>
          <div className="form__actions">
            <button type="button" className="button" onClick={() => void replace()}>
              Remplacer
            </button>
            <button type="button" className="button" onClick={() => setExisting(null)}>
              Ne pas remplacer
            </button>
          </div>
        </div>
      ) : null}
      {result ? (
        <div className="banner banner--success" role="status">
          {countOf(result.rowCount, 'ligne exportée', 'lignes exportées')} dans {result.path}
        </div>
      ) : null}
    </section>
  );
}
