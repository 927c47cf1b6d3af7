import { useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../../src-shared/domain/workspace';
import type { AccountantPack } from '../../../src-shared/file-sharing/accountant-pack';
import type { Result } from '../../../src-shared/ipc/errors';
import { callResult } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { Money } from '../../components/Money';

interface AccountantCardProps {
  info: AppInfo;
  /** Brings the card into view (the menu's « Envoyer au comptable… »). */
  focused: boolean;
}

/** « Envoyer au comptable »: a copy of the file and the spreadsheet, in one folder or zip. */
export function AccountantCard({ info, focused }: AccountantCardProps) {
  const [directory, setDirectory] = useState('');
  const [zip, setZip] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pack, setPack] = useState<AccountantPack | null>(null);
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'start' });
  }, [focused]);

  const send = async (work: () => Promise<Result<AccountantPack | null>>) => {
    setBusy(true);
    setError(null);
    setPack(null);
    const result = await work();
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else if (result.value) setPack(result.value);
  };

  return (
    <section className="card" ref={ref} aria-labelledby="accountant-title">
      <h2 id="accountant-title">Envoyer au comptable</h2>
      <p className="muted">
        Prépare un dossier à remettre à votre cabinet comptable (clé USB, dossier partagé, e-mail) :
        une copie complète du fichier, un classeur Excel des échéances ouvertes et de la balance
        âgée au {info.today.split('-').reverse().join('/')}, et une notice.
      </p>
      <ErrorBanner message={error} />
      <div className="form">
        {info.hasNativeDialogs ? null : (
          <Field
            label="Dossier de destination"
            name="accountantDirectory"
            hint={`Laissez vide pour ${info.dataDirectory}/envois-comptable.`}
          >
            <TextInput
              name="accountantDirectory"
              value={directory}
              onChange={setDirectory}
              placeholder="/media/cle-usb"
            />
          </Field>
        )}
        <label className="checkbox">
          <input type="checkbox" checked={zip} onChange={(event) => setZip(event.target.checked)} />
          Tout réunir dans un seul fichier .zip
        </label>
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() =>
              void send(() =>
                info.hasNativeDialogs
                  ? callResult('accountant:chooseAndSend', { zip })
                  : callResult('accountant:send', {
                      directory: directory.trim() === '' ? null : directory.trim(),
                      zip,
                    }),
              )
            }
          >
            {busy
              ? 'Préparation…'
              : info.hasNativeDialogs
                ? 'Choisir le dossier et préparer…'
                : 'Préparer l’envoi'}
          </button>
        </div>
      </div>
      {pack ? (
        <div className="banner banner--success" role="status">
          <p>
            Envoi prêt : <code>{pack.path}</code>
          </p>
          <ul>
            {pack.files.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
          <p>
            {pack.openItemCount} {pack.openItemCount > 1 ? 'factures ouvertes' : 'facture ouverte'},
            pour un total de <Money cents={pack.totalOpenCents} />.
          </p>
        </div>
      ) : null}
    </section>
  );
}
