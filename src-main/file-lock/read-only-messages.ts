import {
  describeLockHolder,
  type FileLockHolder,
  type ReadOnlyReason,
} from '../../src-shared/file-sharing/file-lock';

const KEPT = 'La modification n’a pas été enregistrée ; votre saisie est conservée à l’écran.';

/** The French message a refused write shows, by why the file is read-only. */
export function readOnlyMessage(
  reason: ReadOnlyReason,
  holder: FileLockHolder | null,
  rescueCopyPath: string | null = null,
): string {
  switch (reason) {
    case 'requested':
      return (
        `Vous avez ouvert ce dossier en lecture seule. ${KEPT} Rouvrez-le en écriture pour ` +
        `le modifier.`
      );
    case 'heldByOther':
      return holder
        ? `Ce dossier est ouvert en écriture par ${describeLockHolder(holder)} : vous le ` +
            `consultez en lecture seule. ${KEPT}`
        : `Ce dossier est en cours d’écriture par un autre programme : vous le consultez en ` +
            `lecture seule. ${KEPT}`;
    case 'holderStopped':
      return (
        `L’application qui tenait ce dossier ` +
        `(${holder ? describeLockHolder(holder) : 'une autre application'}) ` +
        `s’est arrêtée sans le fermer : vous le consultez en lecture seule. ${KEPT} Rouvrez-le ` +
        `en ` +
        'écriture : Recouvra reprendra le verrou qu’elle a laissé.'
      );
    case 'readOnlyLocation':
      return (
        'Le fichier se trouve dans un dossier ou sur un support où Recouvra ne peut pas écrire : ' +
        `il est ouvert en lecture seule. ${KEPT} Pour le modifier, copiez-le dans un dossier où ` +
        'vous pouvez écrire.'
      );
    case 'takenOver':
      return (
        `Ce dossier a été repris par ` +
        `${holder ? describeLockHolder(holder) : 'une autre application'}` +
        ' pendant que cette fenêtre ne donnait plus signe de vie (mise en veille, réseau coupé ' +
        '?). ' +
        `${KEPT} Le dossier reste consultable en lecture seule.`
      );
    case 'vanished':
      return (
        'Le fichier a disparu de son emplacement (clé USB retirée, dossier réseau coupé, fichier ' +
        `déplacé ou supprimé ?). ${KEPT} ` +
        (rescueCopyPath
          ? `Tout ce qui était déjà enregistré a été copié dans une copie de secours : ` +
            `${rescueCopyPath}.`
          : 'Rebranchez le support ou remettez le fichier à sa place, puis rouvrez le dossier.')
      );
  }
}
