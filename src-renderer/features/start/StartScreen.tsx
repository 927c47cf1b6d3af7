import { useState, type FormEvent } from 'react';
import type { AppInfo, OpenFileInfo } from '../../../src-shared/domain/workspace';
import { ApiError, call, callResult } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import { DamagedFileOffer } from './DamagedFileOffer';

interface StartScreenProps {
  info: AppInfo;
  initialMode: 'list' | 'create' | 'open';
  onOpened: (file: OpenFileInfo) => void;
}

// A file whose start was wiped (SQLite's header gone) reads as « not a
// database at all »; when Recouvra keeps backups of it, it was a company file
// and is treated as damaged, with the offer to restore one.
const UNREADABLE_WITH_BACKUPS =
  'Ce fichier ne se lit plus comme un dossier Recouvra, mais Recouvra en garde des sauvegardes : ' +
  'il a sans doute été abîmé (copie interrompue, support endommagé ?). Il n’a pas été modifié.';

async function hasGoodBackup(path: string | null): Promise<boolean> {
  const offer = await callResult('backups:latestGood', { path });
  return offer.ok && offer.value !== null;
}

/** The first screen: recent company files, and creating or opening one. */
export function StartScreen({ info, initialMode, onOpened }: StartScreenProps) {
  const recent = useCall('file:recent', {});
  const [mode, setMode] = useState(initialMode);
  const [error, setError] = useState<string | null>(null);
  // A damaged file gets the offer to restore its latest good backup; null
  // stands for the file chosen in the last native dialog.
  const [damaged, setDamaged] = useState<{ path: string | null } | null>(null);

  const attempt = async (work: () => Promise<OpenFileInfo | null>, path: string | null = null) => {
    setError(null);
    setDamaged(null);
    try {
      const opened = await work();
      if (opened) onOpened(opened);
    } catch (failure) {
      const code = failure instanceof ApiError ? failure.data.code : null;
      if (code === 'FILE_NOT_RECOUVRA' && (await hasGoodBackup(path))) {
        setError(UNREADABLE_WITH_BACKUPS);
        setDamaged({ path });
      } else {
        setError(failure instanceof ApiError ? failure.message : 'Erreur inattendue.');
        if (code === 'FILE_DAMAGED') setDamaged({ path });
      }
      recent.reload();
    }
  };

  return (
    <div className="start">
      <header className="start__header">
        <h1>Recouvra</h1>
        <p>Vos créances clients, vos relances et vos procédures, dans un seul dossier.</p>
      </header>
      <ErrorBanner message={error} />
      {damaged ? (
        <DamagedFileOffer key={damaged.path ?? ''} path={damaged.path} onOpened={onOpened} />
      ) : null}
      {recent.data && recent.data.length === 0 ? (
        <section className="card start__welcome" aria-labelledby="welcome-title">
          <h2 id="welcome-title">Bienvenue</h2>
          <p>
            Découvrez Recouvra sur un dossier de démonstration : une entreprise francilienne
            fictive, 150 clients et deux ans de factures, de règlements et de litiges. Vous pourrez
            créer votre propre dossier ensuite.
          </p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void attempt(() => call('file:createDemo', { path: null }))}
          >
            Ouvrir la démonstration
          </button>
        </section>
      ) : null}
      <div className="start__actions">
        <button type="button" className="button button--primary" onClick={() => setMode('create')}>
          Créer un dossier
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            info.hasNativeDialogs
              ? void attempt(() => call('file:chooseAndOpen', {}))
              : setMode('open')
          }
        >
          Ouvrir un dossier…
        </button>
      </div>

      {mode === 'create' ? (
        <CreateFileForm
          info={info}
          onSubmit={(path, name, chooseLocation) =>
            attempt(() =>
              chooseLocation
                ? call('file:chooseAndCreate', { companyName: name })
                : call('file:create', { path: path === '' ? null : path, companyName: name }),
            )
          }
        />
      ) : null}
      {mode === 'open' && !info.hasNativeDialogs ? (
        <OpenByPathForm
          onSubmit={(path, readOnly) => attempt(() => call('file:open', { path, readOnly }), path)}
        />
      ) : null}

      <section className="start__recent" aria-labelledby="recent-title">
        <h2 id="recent-title">Dossiers récents</h2>
        {recent.data && recent.data.length === 0 ? (
          <p className="muted">Aucun dossier ouvert récemment.</p>
        ) : null}
        <ul>
          {recent.data?.map((file) => (
            <li key={file.path} className={file.exists ? 'recent' : 'recent recent--missing'}>
              <button
                type="button"
                className="recent__open"
                disabled={!file.exists}
                onClick={() =>
                  void attempt(() => call('file:open', { path: file.path }), file.path)
                }
              >
                <strong>{file.companyName}</strong>
                <span>{file.path}</span>
                <span className="muted">
                  {file.exists
                    ? `Ouvert le ${formatFrenchDate(file.lastOpenedAt.slice(0, 10))}`
                    : 'Fichier introuvable (déplacé ou supprimé ?)'}
                </span>
              </button>
              <button
                type="button"
                className="button button--ghost"
                onClick={() =>
                  void call('file:forgetRecent', { path: file.path }).then(recent.reload)
                }
              >
                Retirer de la liste
              </button>
            </li>
          ))}
        </ul>
      </section>
      <p className="muted start__location" data-testid="files-directory">
        Emplacement par défaut des nouveaux dossiers : {info.filesDirectory}
      </p>
    </div>
  );
}

function CreateFileForm({
  info,
  onSubmit,
}: {
  info: AppInfo;
  onSubmit: (path: string, companyName: string, chooseLocation: boolean) => Promise<void>;
}) {
  const [companyName, setCompanyName] = useState('');
  const [path, setPath] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const submit = (event: FormEvent, chooseLocation = false) => {
    event.preventDefault();
    if (!companyName.trim()) {
      setNameError('Indiquez le nom de votre entreprise.');
      return;
    }
    setNameError(undefined);
    void onSubmit(path.trim(), companyName, chooseLocation);
  };
  return (
    <form className="card form" onSubmit={submit} aria-label="Créer un dossier">
      <Field label="Raison sociale de votre entreprise" name="companyName" error={nameError}>
        <TextInput
          name="companyName"
          value={companyName}
          onChange={setCompanyName}
          error={nameError}
          autoFocus
        />
      </Field>
      {info.hasNativeDialogs ? null : (
        <Field
          label="Chemin du fichier (facultatif)"
          name="filePath"
          hint={`Laissez vide pour le ranger dans ${info.filesDirectory}.`}
        >
          <TextInput
            name="filePath"
            value={path}
            onChange={setPath}
            placeholder="/chemin/vers/dossier.sqlite"
          />
        </Field>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          Créer le dossier
        </button>
        {info.hasNativeDialogs ? (
          <button type="button" className="button" onClick={(event) => submit(event, true)}>
            Choisir l’emplacement…
          </button>
        ) : null}
      </div>
    </form>
  );
}

function OpenByPathForm({
  onSubmit,
}: {
  onSubmit: (path: string, readOnly: boolean) => Promise<void>;
}) {
  const [path, setPath] = useState('');
  const [readOnly, setReadOnly] = useState(false);
  return (
    <form
      className="card form"
      aria-label="Ouvrir un dossier"
      onSubmit={(event) => {
        event.preventDefault();
        if (path.trim()) void onSubmit(path.trim(), readOnly);
      }}
    >
      <Field label="Chemin du fichier" name="openPath">
        <TextInput
          name="openPath"
          value={path}
          onChange={setPath}
          placeholder="/chemin/vers/dossier.sqlite"
          autoFocus
        />
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={readOnly}
          onChange={(event) => setReadOnly(event.target.checked)}
        />
        Ouvrir en lecture seule
      </label>
      <button type="submit" className="button button--primary">
        Ouvrir
      </button>
    </form>
  );
}
