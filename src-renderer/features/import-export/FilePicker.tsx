import { useState } from 'react';
import { ApiError, call } from '../../api/client';

interface FilePickerProps {
  kind: 'fec' | 'spreadsheet';
  label: string;
  hasNativeDialogs: boolean;
  path: string;
  onChange: (path: string) => void;
}

/**
 * The file to import: the system's file chooser in the desktop app; in a browser on the
 * loopback bridge, where pages cannot read a local path, a field for the file's path.
 */
export function FilePicker({ kind, label, hasNativeDialogs, path, onChange }: FilePickerProps) {
  const [error, setError] = useState<string | null>(null);
  const id = `${kind}-path`;
  if (!hasNativeDialogs) {
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          className="input--wide"
          type="text"
          value={path}
          placeholder="/chemin/vers/le/fichier"
          onChange={(event) => onChange(event.target.value)}
        />
        <p className="field__hint">Chemin complet du fichier sur cet ordinateur.</p>
      </div>
    );
  }
  const choose = async () => {
    setError(null);
    try {
      const chosen = await call('import:chooseFile', { kind });
      if (chosen) onChange(chosen);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'Erreur inattendue.');
    }
  };
  return (
    <div className="field">
      <span className="field__label">{label}</span>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => void choose()}>
          Choisir un fichier…
        </button>
        <span className="muted">{path || 'Aucun fichier choisi'}</span>
      </div>
      {error ? <p className="field__error">{error}</p> : null}
    </div>
  );
}
