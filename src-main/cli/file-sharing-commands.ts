import { AppError } from '../errors/app-error';
import { optionalText, requireText, type Options } from './cli-arguments';
import type { CliCommand } from './cli-commands';

function keepCountFrom(options: Options): number {
  const text = requireText(options, 'keep');
  const keep = Number(text);
  if (!Number.isInteger(keep)) {
    throw new AppError('VALIDATION', `--keep attend un nombre entier (reçu « ${text} »).`);
  }
  return keep;
}

/** Backups and the accountant's pack from the command line. */
export const fileSharingCommands: Record<string, CliCommand> = {
  backup: {
    summary: 'sauvegarde le dossier maintenant (copie cohérente, même ouvert ailleurs)',
    opensFile: true,
    run: (_options, call) => call('backups:create', {}),
  },
  'backup:list': {
    summary: 'liste les sauvegardes du dossier, la plus récente d’abord',
    opensFile: true,
    run: (_options, call) => call('backups:list', {}),
  },
  'backup:keep': {
    summary: 'règle le nombre de sauvegardes automatiques conservées : --keep N',
    opensFile: true,
    run: (options, call) => call('backups:setKeepCount', { keepCount: keepCountFrom(options) }),
  },
  'backup:restore': {
    summary: 'restaure une sauvegarde (après une sauvegarde de l’état actuel) : --id NOM',
    opensFile: true,
    run: (options, call) => call('backups:restore', { id: requireText(options, 'id') }),
  },
  'accountant:send': {
    summary: 'prépare l’envoi au comptable : [--directory DOSSIER] [--zip]',
    opensFile: true,
    run: (options, call) =>
      call('accountant:send', {
        directory: optionalText(options, 'directory'),
        zip: options.zip === true,
      }),
  },
};
