import { useEffect, useState } from 'react';
import type { ImportResult } from '../../../src-shared/domain/import-changes';
import type {
  ColumnMapping,
  SheetPreview,
  SheetTarget,
} from '../../../src-shared/domain/spreadsheet-import';
import { ApiError, call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FilePicker } from './FilePicker';
import { ImportSummary } from './ImportSummary';
import { JobProgress } from './JobProgress';
import { MappingForm } from './MappingForm';
import { SheetPreviewView } from './SheetPreviewView';
import { useJob } from './use-job';

interface SheetImportCardProps {
  hasNativeDialogs: boolean;
  onImported: () => void;
}

/** Imports invoices or debtors from a CSV or XLSX file, columns mapped and remembered. */
export function SheetImportCard({ hasNativeDialogs, onImported }: SheetImportCardProps) {
  const [path, setPath] = useState('');
  const [target, setTarget] = useState<SheetTarget>('invoices');
  const [preview, setPreview] = useState<SheetPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [profileName, setProfileName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const job = useJob();
  const result = job.status?.state === 'done' ? (job.status.result as ImportResult) : null;
  useEffect(() => {
    if (result) onImported();
  }, [result, onImported]);

  const load = async (chosen: ColumnMapping | null) => {
    setError(null);
    setLoading(true);
    job.reset();
    try {
      const answer = await call('import:sheetPreview', {
        path: path.trim(),
        target,
        mapping: chosen,
        profileName: chosen === null && profileName.trim() !== '' ? profileName.trim() : null,
      });
      setPreview(answer);
      setMapping(answer.mapping);
      if (answer.profileName) setProfileName(answer.profileName);
    } catch (failure) {
      setPreview(null);
      setError(failure instanceof ApiError ? failure.message : 'Erreur inattendue.');
    } finally {
      setLoading(false);
    }
  };
  const runImport = () => {
    if (!preview) return;
    void job.follow(
      call('import:sheetRun', {
        path: path.trim(),
        target,
        mapping,
        profileName: profileName.trim() === '' ? null : profileName.trim(),
        paymentTermsDays: preview.paymentTermsDays,
        expectedHash: preview.fileHash,
      }),
    );
  };
  const mappingChanged =
    preview !== null && JSON.stringify(mapping) !== JSON.stringify(preview.mapping);

  return (
    <section className="card" aria-labelledby="sheet-title">
      <h2 id="sheet-title">Importer un tableur (CSV ou Excel)</h2>
      <p className="muted">
        Pour un logiciel sans FEC : une ligne par facture (ou par client). Les montants et dates
        s’écrivent à la française ; un nouvel import met à jour les factures déjà importées (même
        client, même numéro) au lieu de les doubler.
      </p>
      <div className="form__grid">
        <FilePicker
          kind="spreadsheet"
          label="Fichier CSV ou XLSX"
          hasNativeDialogs={hasNativeDialogs}
          path={path}
          onChange={setPath}
        />
        <div className="field">
          <label htmlFor="sheet-target">Contenu</label>
          <select
            id="sheet-target"
            value={target}
            onChange={(event) => setTarget(event.target.value as SheetTarget)}
          >
            <option value="invoices">Factures (avec leurs clients)</option>
            <option value="debtors">Clients seulement</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="sheet-profile">Profil de colonnes</label>
          <input
            id="sheet-profile"
            type="text"
            value={profileName}
            placeholder="ex. Export Sage"
            onChange={(event) => setProfileName(event.target.value)}
          />
          <p className="field__hint">Retenu à l’import, reproposé pour les mêmes colonnes.</p>
        </div>
      </div>
      <div className="form__actions">
        <button
          type="button"
          className="button"
          disabled={loading || job.running || path.trim() === ''}
          onClick={() => void load(null)}
        >
          Afficher l’aperçu
        </button>
      </div>
      <ErrorBanner message={error} />
      {preview && !result ? (
        <>
          <MappingForm
            target={target}
            headers={preview.headers}
            mapping={mapping}
            onChange={setMapping}
          />
          {mappingChanged ? (
            <div className="form__actions">
              <button type="button" className="button" onClick={() => void load(mapping)}>
                Relire avec ces colonnes
              </button>
            </div>
          ) : null}
          <SheetPreviewView preview={preview} />
          <ErrorBanner message={job.error} />
          {job.status?.state === 'cancelled' ? (
            <div className="banner banner--info" role="status">
              Annulé : rien n’a été importé.
            </div>
          ) : null}
          {job.running && job.status ? (
            <JobProgress status={job.status} onCancel={job.cancel} />
          ) : (
            <div className="form__actions">
              <button
                type="button"
                className="button button--primary"
                disabled={mappingChanged || preview.missingFields.length > 0}
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
