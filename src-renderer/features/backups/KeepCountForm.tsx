import { useState, type FormEvent } from 'react';
import type { BackupOverview } from '../../../src-shared/file-sharing/backup';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';

interface KeepCountFormProps {
  keepCount: number;
  readOnly: boolean;
  onSaved: (overview: BackupOverview) => void;
}

/** The rotation: how many automatic backups of this file are kept. */
export function KeepCountForm({ keepCount, readOnly, onSaved }: KeepCountFormProps) {
  const [typed, setTyped] = useState(String(keepCount));
  const [saved, setSaved] = useState(false);
  const submission = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const value = Number(typed.trim());
    if (!/^\d+$/.test(typed.trim()) || !Number.isSafeInteger(value)) {
      submission.reject({ keepCount: 'Indiquez un nombre entier, par exemple 30.' });
      return;
    }
    void submission.submit(
      () => callResult('backups:setKeepCount', { keepCount: value }),
      (overview) => {
        setSaved(true);
        onSaved(overview);
      },
    );
  };

  return (
    <form className="form backups__keep" onSubmit={submit} noValidate aria-label="Rotation">
      <ErrorBanner message={submission.message} />
      <Field
        label="Sauvegardes automatiques conservées pour ce dossier"
        name="keepCount"
        error={submission.fieldErrors.keepCount}
        hint={
          'Les plus anciennes sont supprimées au-delà. Les sauvegardes faites à la demande ' +
          'ou avant une mise à jour sont toujours gardées.'
        }
      >
        <TextInput
          name="keepCount"
          value={typed}
          onChange={setTyped}
          inputMode="numeric"
          error={submission.fieldErrors.keepCount}
        />
      </Field>
      <div className="form__actions">
        <button
          type="submit"
          className="button"
          disabled={submission.busy || readOnly}
          title={
            readOnly
              ? 'Ce réglage est enregistré dans le dossier, ouvert en lecture seule.'
              : undefined
          }
        >
          Enregistrer
        </button>
        {saved ? (
          <span className="banner banner--success backups__saved" role="status">
            Enregistré.
          </span>
        ) : null}
      </div>
    </form>
  );
}
