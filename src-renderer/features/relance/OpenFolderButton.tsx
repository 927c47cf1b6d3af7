import { useState } from 'react';
import { call } from '../../api/client';
import { failureMessage } from './relance-labels';

/** The path of a written file or folder, with a button that opens it in the desktop app. */
export function OpenFolderButton({ path }: { path: string }) {
  const [note, setNote] = useState<string | null>(null);
  const open = async () => {
    try {
      const { opened } = await call('relance:openFolder', { path });
      setNote(opened ? null : 'Ouvrez ce dossier depuis votre explorateur de fichiers.');
    } catch (failure) {
      setNote(failureMessage(failure));
    }
  };
  return (
    <span className="written-file">
      <code>{path}</code>
      <button type="button" className="button button--small" onClick={() => void open()}>
        Ouvrir le dossier
      </button>
      {note ? <span className="muted"> {note}</span> : null}
    </span>
  );
}
