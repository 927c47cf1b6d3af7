import { useState } from 'react';
import { backupReasonLabel } from '../../../src-shared/file-sharing/backup';
import type { OpenFileInfo } from '../../../src-shared/domain/workspace';
import { callResult } from '../../api/client';
import { useCall } from '../../api/use-call';
import { formatBackupTime } from '../backups/backup-time';

interface DamagedFileOfferProps {
  /** The file that failed its integrity check; null for the one chosen in the last dialog. */
  path: string | null;
  onOpened: (file: OpenFileInfo) => void;
}

/**
 * On the start screen, after a damaged file was refused: the offer to restore its latest good
 * backup.
 */
export function DamagedFileOffer({ path, onOpened }: DamagedFileOfferProps) {
  const offer = useCall('backups:latestGood', { path });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (offer.loading) return null;
  if (!offer.data) {
    return (
      <section className="card damaged-offer" aria-label="Fichier endommagé">
        <p>
          Aucune sauvegarde saine de ce fichier n’a été trouvée sur ce poste. Le fichier n’a pas été
          modifié : demandez une copie à la personne qui vous l’a transmis, ou ouvrez une sauvegarde
          faite sur un autre poste.
        </p>
      </section>
    );
  }

  const { entry, companyName, filePath } = offer.data;
  const restore = async () => {
    setBusy(true);
    setProblem(null);
    const result = await callResult('backups:restoreDamaged', { path: filePath, id: entry.id });
    setBusy(false);
    if (result.ok) onOpened(result.value);
    else setProblem(result.error.message);
  };

  return (
    <section className="card damaged-offer" aria-label="Fichier endommagé">
      <h2>Restaurer la dernière sauvegarde saine ?</h2>
      <p>
        La sauvegarde du <strong>{formatBackupTime(entry.takenAt)}</strong> (
        {backupReasonLabel(entry)}
        {companyName ? `, dossier « ${companyName} »` : ''}) passe le contrôle d’intégrité. Recouvra
        peut remettre son contenu à la place de <code>{filePath}</code>.
      </p>
      <p className="muted">
        Le fichier endommagé n’est pas perdu : il est d’abord copié dans les sauvegardes, tel quel.
        Ce qui avait été saisi après cette sauvegarde n’y figure pas.
      </p>
      {problem ? (
        <p className="banner banner--error" role="alert">
          {problem}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--primary"
        disabled={busy}
        onClick={() => void restore()}
      >
        {busy ? 'Restauration…' : 'Restaurer cette sauvegarde et ouvrir le dossier'}
      </button>
    </section>
  );
}
