import { useEffect, useState } from 'react';
import type { FecImportPreview, ImportResult } from '../../../src-shared/domain/import-changes';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FecPreviewView } from './FecPreviewView';
import { FilePicker } from './FilePicker';
import { ImportSummary } from './ImportSummary';
import { JobProgress } from './JobProgress';
import { useJob } from './use-job';

interface FecImportCardProps {
  hasNativeDialogs: boolean;
  defaultTerms: number;
  onImported: () => void;
}

/** Imports a FEC: choose the file, read its preview, then import it with progress and cancel. */
export function FecImportCard({ hasNativeDialogs, defaultTerms, onImported }: FecImportCardProps) {
  const [path, setPath] = useState('');
  const [terms, setTerms] = useState(String(defaultTerms));
  const [consent, setConsent] = useState(false);
  const previewJob = useJob();
  const importJob = useJob();
  const preview =
    previewJob.status?.state === 'done' ? (previewJob.status.result as FecImportPreview) : null;
  const result =
    importJob.status?.state === 'done' ? (importJob.status.result as ImportResult) : null;
  const termsDays = Number(terms);
  const termsValid = /^\d{1,3}$/.test(terms) && termsDays <= 365;
  const busy = previewJob.running || importJob.running;
  useEffect(() => {
    if (result) onImported();
  }, [result, onImported]);

  const showPreview = () => {
    importJob.reset();
    setConsent(false);
    void previewJob.follow(
      call('import:fecPreview', { path: path.trim(), paymentTermsDays: termsDays }),
    );
  };
  const runImport = () => {
    if (!preview) return;
    void importJob.follow(
      call('import:fecRun', {
        path: path.trim(),
        paymentTermsDays: preview.paymentTermsDays,
        expectedHash: preview.fileHash,
        acceptFileErrors: consent,
      }),
    );
  };
  const cancelled = [previewJob.status, importJob.status].some((s) => s?.state === 'cancelled');

  return (
    <section className="card" aria-labelledby="fec-title">
      <h2 id="fec-title">Importer un FEC</h2>
      <p className="muted">
        Le fichier des écritures comptables exporté par le logiciel comptable : les comptes clients
        (411) deviennent des débiteurs, leurs factures, règlements et avoirs, lettrage compris. Un
        nouvel import du même exercice ou du suivant met le dossier à jour sans doublon.
      </p>
      <div className="form__grid">
        <FilePicker
          kind="fec"
          label="Fichier FEC"
          hasNativeDialogs={hasNativeDialogs}
          path={path}
          onChange={setPath}
        />
        <div className={termsValid ? 'field' : 'field field--invalid'}>
          <label htmlFor="fec-terms">Délai de paiement (jours)</label>
          <input
            id="fec-terms"
            type="text"
            inputMode="numeric"
            value={terms}
            onChange={(event) => setTerms(event.target.value)}
          />
          <p className="field__hint">Le FEC ne donne pas d’échéance : date de pièce + délai.</p>
        </div>
      </div>
      <div className="form__actions">
        <button
          type="button"
          className="button"
          disabled={busy || path.trim() === '' || !termsValid}
          onClick={showPreview}
        >
          Afficher l’aperçu
        </button>
      </div>
      <ErrorBanner message={previewJob.error} />
      {cancelled ? (
        <div className="banner banner--info" role="status">
          Annulé : rien n’a été importé.
        </div>
      ) : null}
      {previewJob.running && previewJob.status ? (
        <JobProgress status={previewJob.status} onCancel={previewJob.cancel} />
      ) : null}
      {preview && !result ? (
        <>
          <FecPreviewView preview={preview} />
          <h3>Ce que l’import changera</h3>
          <ImportSummary changes={preview.changes} preview />
          {preview.blockers.map((blocker) => (
            <div key={blocker} className="banner banner--error" role="alert">
              {blocker}
            </div>
          ))}
          {preview.fileErrorsWarning ? (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={consent}
                onChange={(event) => setConsent(event.target.checked)}
              />
              {preview.fileErrorsWarning} Importer quand même.
            </label>
          ) : null}
          <ErrorBanner message={importJob.error} />
          {importJob.running && importJob.status ? (
            <JobProgress status={importJob.status} onCancel={importJob.cancel} />
          ) : (
            <div className="form__actions">
              <button
                type="button"
                className="button button--primary"
                disabled={
                  busy || preview.blockers.length > 0 || (!!preview.fileErrorsWarning && !consent)
                }
                onClick={runImport}
              >
                Importer
              </button>
            </div>
          )}
        </>
      ) : null}
      {result ? (
        <div className="import-result" role="status" aria-label="Résultat de l’import">
          <h3>Import terminé : {result.fileName}</h3>
          <ImportSummary changes={result.changes} preview={false} />
        </div>
      ) : null}
    </section>
  );
}
