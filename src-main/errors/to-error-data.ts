import type { ErrorData } from '../../src-shared/ipc/errors';
import { AppError } from './app-error';

const UNEXPECTED =
  "Une erreur inattendue s'est produite. Rien n'a été enregistré ; le détail est dans le " +
  "journal de l'application.";

interface SqliteLikeError {
  code?: unknown;
}

// SQLite reports file-level trouble through result codes; each becomes a
// message the bookkeeper can act on instead of an English stack.
const SQLITE_MESSAGES: Record<string, ErrorData> = {
  SQLITE_BUSY: {
    code: 'FILE_LOCKED',
    message:
      'Le fichier est occupé par une autre fenêtre ou un autre poste. Réessayez dans un instant ' +
      ": votre saisie est conservée à l'écran.",
  },
  SQLITE_READONLY: {
    code: 'READ_ONLY',
    message:
      "Le fichier est ouvert en lecture seule : la modification n'a pas été enregistrée. Votre " +
      "saisie est conservée à l'écran.",
  },
  SQLITE_FULL: {
    code: 'DISK_FULL',
    message:
      "Le disque est plein : la modification n'a pas été enregistrée. Libérez de la place puis " +
      'réessayez.',
  },
  // The « Sauvegardes » screen needs a file that opens: a damaged one is
  // restored from the start screen, which offers its latest good backup.
  SQLITE_CORRUPT: {
    code: 'FILE_DAMAGED',
    message:
      "Le fichier est endommagé : la modification n'a pas été enregistrée. Fermez le dossier " +
      '(« Changer de dossier ») : en le rouvrant, l’écran d’accueil de Recouvra vous proposera ' +
      'de restaurer sa dernière sauvegarde saine.',
  },
  SQLITE_NOTADB: {
    code: 'FILE_NOT_RECOUVRA',
    message: "Ce fichier n'est pas une base Recouvra (ni même une base SQLite).",
  },
  SQLITE_CANTOPEN: {
    code: 'FILE_ACCESS',
    message:
      'Le fichier ne peut pas être ouvert : il a peut-être été déplacé, supprimé, ou le dossier ' +
      "n'est pas accessible.",
  },
  SQLITE_IOERR: {
    code: 'FILE_ACCESS',
    message:
      "Le fichier n'a pas pu être lu ou écrit (clé USB retirée, dossier réseau coupé ?). Rien " +
      "n'a été perdu de ce qui était déjà enregistré.",
  },
};

/**
 * Turns any thrown value into error data; only AppError and known SQLite codes keep their meaning.
 */
export function toErrorData(error: unknown): ErrorData {
  if (error instanceof AppError) return error.toData();

  const code = (error as SqliteLikeError | null)?.code;
  if (typeof code === 'string') {
    const family = code.replace(/^(SQLITE_[A-Z]+).*$/, '$1');
    const known = SQLITE_MESSAGES[code] ?? SQLITE_MESSAGES[family];
    if (known) return known;
    if (code.startsWith('SQLITE_CONSTRAINT')) {
      return {
        code: 'CONFLICT',
        message:
          'Cette modification contredit des données déjà enregistrées (doublon ou lien ' +
          "manquant). Rien n'a été modifié.",
      };
    }
  }
  return { code: 'INTERNAL', message: UNEXPECTED };
}

/** True when the error is expected (no stack needs logging). */
export function isExpectedError(error: unknown): boolean {
  return error instanceof AppError;
}
