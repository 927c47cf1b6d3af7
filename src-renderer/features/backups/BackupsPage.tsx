import { useEffect, useRef, useState } from 'react';
import {
  backupReasonLabel,
  formatFileSize,
  type BackupEntry,
} from '../../../src-shared/file-sharing/backup';
import type { AppInfo, OpenFileInfo } from '../../../src-shared/domain/workspace';
import { callResult } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { AccountantCard } from './AccountantCard';
import { formatBackupTime } from './backup-time';
import { KeepCountForm } from './KeepCountForm';
import { RestoreDialog } from './RestoreDialog';

interface BackupsPageProps {
  file: OpenFileInfo;
  info: AppInfo;
  focusAccountant: boolean;
  onFileChanged: (file: OpenFileInfo) => void;
}

/**
 * Sauvegardes: the copies of the open file, save now, restore, rotation, and the accountant's pack.
 */
export function BackupsPage({ file, info, focusAccountant, onFileChanged }: BackupsPageProps) {
  const overview = useCall('backups:list', {});
  // Reopened for writing (from the banner), taken over, or vanished: the
  // list and whether a restore is possible have changed with the file.
  const fileState = JSON.stringify([file.path, file.readOnly, file.readOnlyReason, file.holder]);
  const shownState = useRef(fileState);
  const { reload } = overview;
  useEffect(() => {
    if (shownState.current === fileState) return;
    shownState.current = fileState;
    reload();
  }, [fileState, reload]);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);

  const act = async (
    work: () => Promise<{ ok: boolean; error?: { message: string } }>,
    done: string,
  ) => {
    setBusy(true);
    setMessage(null);
    const result = await work();
    setBusy(false);
    setMessage(
      result.ok
        ? { kind: 'success', text: done }
        : { kind: 'error', text: result.error?.message ?? '' },
    );
    overview.reload();
  };

  const data = overview.data;
  return (
    <section className="page">
      <header className="page__header">
        <div>
          <h1>Sauvegardes</h1>
          <p className="muted">
            Copies cohérentes du dossier {file.name}, faites à l’ouverture, chaque jour, avant une
            mise à jour, un import ou un lot de relances, et à la demande.
          </p>
        </div>
        <div className="page__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() =>
              void act(() => callResult('backups:create', {}), 'Sauvegarde enregistrée.')
            }
          >
            Sauvegarder maintenant
          </button>
        </div>
      </header>
      <ErrorBanner message={overview.error} />
      {message ? (
        <div
          className={`banner banner--${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </div>
      ) : null}
      {data?.lastFailure ? (
        <div className="banner banner--warning" role="alert">
          La dernière sauvegarde automatique a échoué : {data.lastFailure}
        </div>
      ) : null}

      <section className="card" aria-labelledby="backups-list-title">
        <h2 id="backups-list-title">Sauvegardes de ce dossier</h2>
        <p className="muted backups__folder">
          Rangées dans <code>{data?.directory ?? '…'}</code>
        </p>
        {data?.restoreBlockedBecause ? (
          <p className="banner banner--info">{data.restoreBlockedBecause}</p>
        ) : null}
        {data && data.entries.length === 0 ? (
          <p className="muted">Aucune sauvegarde pour l’instant.</p>
        ) : null}
        {data && data.entries.length > 0 ? (
          <table className="table backups__table">
            <thead>
              <tr>
                <th>Date</th>
                <th>Motif</th>
                <th className="numeric">Taille</th>
                <th>
                  <span className="backups__hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatBackupTime(entry.takenAt)}</td>
                  <td>
                    {backupReasonLabel(entry)}
                    {entry.rotated ? null : <span className="badge">conservée</span>}
                  </td>
                  <td className="numeric">{formatFileSize(entry.sizeBytes)}</td>
                  <td className="backups__actions">
                    <button
                      type="button"
                      className="button button--small"
                      disabled={
                        busy || data.restoreBlockedBecause !== null || entry.reason === 'endommage'
                      }
                      onClick={() => setRestoring(entry)}
                      aria-label={`Restaurer la sauvegarde du ${formatBackupTime(entry.takenAt)}`}
                    >
                      Restaurer…
                    </button>
                    <button
                      type="button"
                      className="button button--small button--ghost"
                      disabled={busy}
                      onClick={() =>
                        void act(
                          () => callResult('backups:delete', { id: entry.id }),
                          'Sauvegarde supprimée.',
                        )
                      }
                      aria-label={`Supprimer la sauvegarde du ${formatBackupTime(entry.takenAt)}`}
                    >
                      Supprimer
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      <section className="card" aria-labelledby="rotation-title">
        <h2 id="rotation-title">Rotation</h2>
        {data ? (
          <KeepCountForm
            keepCount={data.keepCount}
            readOnly={file.readOnly}
            onSaved={() => overview.reload()}
          />
        ) : null}
      </section>

      <AccountantCard info={info} focused={focusAccountant} />

      {restoring ? (
        <RestoreDialog
          entry={restoring}
          companyName={file.companyName}
          onClose={() => setRestoring(null)}
          onFileChanged={onFileChanged}
          onRestored={(restored) => {
            setRestoring(null);
            setMessage({
              kind: 'success',
              text: `Sauvegarde du ${formatBackupTime(restoring.takenAt)} restaurée.`,
            });
            onFileChanged(restored);
            overview.reload();
          }}
        />
      ) : null}
    </section>
  );
}
