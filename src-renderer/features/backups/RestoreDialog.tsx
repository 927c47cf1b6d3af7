import { useState } from 'react';
import { backupReasonLabel, type BackupEntry } from '../../../src-shared/file-sharing/backup';
import type { OpenFileInfo } from '../../../src-shared/domain/workspace';
import { callResult } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatBackupTime } from './backup-time';

interface RestoreDialogProps {
  entry: BackupEntry;
  companyName: string;
  onClose: () => void;
  onRestored: (file: OpenFileInfo) => void;
  /** A refused restore may have found the file taken over: the banner must say so at once. */
  onFileChanged: (file: OpenFileInfo) => void;
}

/** Asks before a restore, saying what will happen to the current state. */
export function RestoreDialog({
  entry,
  companyName,
  onClose,
  onRestored,
  onFileChanged,
}: RestoreDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const restore = async () => {
    setBusy(true);
    setError(null);
    const result = await callResult('backups:restore', { id: entry.id });
    setBusy(false);
    if (result.ok) {
      onRestored(result.value);
      return;
    }
    setError(result.error.message);
    const current = await callResult('file:current', {});
    if (current.ok && current.value) onFileChanged(current.value);
  };

  return (
    <Dialog title="Restaurer une sauvegarde" onClose={onClose}>
      <div className="form">
        <ErrorBanner message={error} />
        <p>
          Le dossier <strong>{companyName}</strong> va reprendre son contenu du{' '}
          <strong>{formatBackupTime(entry.takenAt)}</strong> ({backupReasonLabel(entry)}).
        </p>
        <p>
          Ce qui a été saisi depuis disparaîtra du dossier, mais rien n’est perdu : l’état actuel
          est d’abord enregistré dans une sauvegarde « Avant une restauration », que vous pourrez
          restaurer à son tour.
        </p>
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void restore()}
          >
            {busy ? 'Restauration…' : 'Restaurer cette sauvegarde'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Annuler
          </button>
        </div>
      </div>
    </Dialog>
  );
}
