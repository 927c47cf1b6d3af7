import { useState } from 'react';
import { describeLockHolder } from '../../../src-shared/file-sharing/file-lock';
import type { OpenFileInfo } from '../../../src-shared/domain/workspace';
import { callResult } from '../../api/client';

interface ReadOnlyBannerProps {
  file: OpenFileInfo;
  onFileChanged: (file: OpenFileInfo) => void;
}

function explanation(file: OpenFileInfo): string {
  switch (file.readOnlyReason) {
    case 'heldByOther':
      return file.holder
        ? `Ce dossier est ouvert en écriture par ${describeLockHolder(file.holder)} : vous le ` +
            `consultez en lecture seule, vos modifications ne seraient pas enregistrées.`
        : 'L’application qui tenait ce dossier l’a fermé : vous pouvez maintenant le rouvrir ' +
            'pour le modifier.';
    case 'holderStopped':
      return (
        `L’application qui tenait ce ` +
        `dossier${file.holder ? ` (${describeLockHolder(file.holder)})` : ''} s’est arrêtée ` +
        `sans le fermer (arrêt forcé, plantage ou coupure de courant ?). Son verrou ne protège ` +
        `plus rien : rouvrez le dossier en écriture, Recouvra reprendra ce verrou.`
      );
    case 'takenOver':
      return (
        `Ce dossier a été repris par ` +
        `${file.holder ? describeLockHolder(file.holder) : 'une autre application'} pendant que ` +
        `cette fenêtre ne donnait plus signe de vie. Il reste consultable ; vos modifications ` +
        `ne seraient pas enregistrées.`
      );
    case 'readOnlyLocation':
      return (
        'Le fichier se trouve dans un dossier ou sur un support où Recouvra ne peut pas ' +
        'écrire : il est ouvert en lecture seule. Copiez-le dans un dossier où vous pouvez ' +
        'écrire pour le modifier.'
      );
    case 'vanished':
      return (
        `Le fichier a disparu de son emplacement (clé USB retirée, dossier réseau coupé, ` +
        `fichier déplacé ?). ` +
        `${file.rescueCopyPath ? `Tout ce qui était enregistré a été copié dans une copie de secours : ${file.rescueCopyPath}.` : 'Rebranchez le support, puis rouvrez le dossier.'}`
      );
    default:
      return 'Ce dossier est ouvert en lecture seule : vous pouvez le consulter, pas le modifier.';
  }
}

/**
 * Says why the open file is read-only, who holds it and since when, and
 * offers to try again; once a reopening took over the lock of an app that
 * had stopped, it says so until the user dismisses it.
 */
export function ReadOnlyBanner({ file, onFileChanged }: ReadOnlyBannerProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [tookOver, setTookOver] = useState<string | null>(null);

  if (!file.readOnly) {
    if (!tookOver) return null;
    return (
      <div className="banner banner--success lock-notice" role="status">
        <p>{tookOver}</p>
        <button type="button" className="button button--small" onClick={() => setTookOver(null)}>
          Compris
        </button>
      </div>
    );
  }

  const retry = async () => {
    setBusy(true);
    setProblem(null);
    const stopped = file.readOnlyReason === 'holderStopped' ? file.holder : null;
    const result = await callResult('file:open', { path: file.path });
    setBusy(false);
    if (!result.ok) setProblem(result.error.message);
    else if (result.value.readOnly)
      setProblem('Le dossier est toujours tenu par une autre application.');
    else {
      if (file.readOnlyReason === 'holderStopped') {
        setTookOver(
          `Le verrou laissé par ` +
            `${stopped ? describeLockHolder(stopped) : 'l’application arrêtée'} a été repris : ` +
            `le dossier est ouvert en écriture sur ce poste.`,
        );
      }
      onFileChanged(result.value);
    }
  };

  const canRetry =
    file.readOnlyReason !== 'requested' && file.readOnlyReason !== 'readOnlyLocation';
  const reopens =
    file.readOnlyReason === 'holderStopped' ||
    (file.readOnlyReason === 'heldByOther' && !file.holder);
  return (
    <div className="banner banner--warning read-only-banner" role="status">
      <p>{explanation(file)}</p>
      {problem ? <p className="read-only-banner__problem">{problem}</p> : null}
      {canRetry ? (
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void retry()}
        >
          {reopens ? 'Rouvrir en écriture' : 'Vérifier à nouveau'}
        </button>
      ) : null}
    </div>
  );
}
