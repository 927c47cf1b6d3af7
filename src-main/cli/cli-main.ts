import path from 'node:path';
import type { ArgsOf, ChannelName, ValueOf } from '../../src-shared/ipc/contract';
import { APP_VERSION } from '../app-version';
import { AppError } from '../errors/app-error';
import { isExpectedError, toErrorData } from '../errors/to-error-data';
import { dispatch } from '../ipc/dispatch';
import type { HandlerContext } from '../ipc/handler-context';
import { handlers } from '../ipc/handlers';
import { configureLogFile, createLogger } from '../logging/logger';
import { systemActorName, userDataDirectory } from '../workspace/user-data-directory';
import { Workspace } from '../workspace/workspace';
import { CliRefusal } from './cli-arguments';
import { commands, type Call } from './cli-commands';
import { parseCliOptions } from './cli-options';

const log = createLogger('cli');

export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

function usage(): string {
  const lines = Object.entries(commands).map(
    ([name, command]) => `  ${name.padEnd(16)} ${command.summary}`,
  );
  return [
    'Usage : npm run -s cli -- <commande> --file DOSSIER.sqlite [options]',
    '',
    ...lines,
  ].join('\n');
}

/**
 * Runs one command of the headless command line: JSON on stdout, a French
 * message on stderr and exit code 1 on error. It goes through the same
 * dispatcher and handlers as the app, so every argument is validated alike.
 */
export async function runCli(argv: string[], output: CliOutput): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    output.stderr(`${name ? `Commande inconnue : ${name}\n\n` : ''}${usage()}\n`);
    return 2;
  }

  let values: ReturnType<typeof parseCliOptions>;
  try {
    values = parseCliOptions(rest);
  } catch (error) {
    output.stderr(`Erreur : ${toErrorData(error).message}\n`);
    return 2;
  }

  const dataDirectory = userDataDirectory();
  // The same folder as the desktop app and the bridge, where the README sends support.
  configureLogFile(path.join(dataDirectory, 'journaux'));
  // One command per process: a backup on every open and a heartbeat timer would only
  // slow scripts down; imports and migrations still back up first.
  const workspace = new Workspace({
    dataDirectory,
    actor: `${systemActorName()} (ligne de commande)`,
    backupOnOpen: false,
    maintenanceEveryMs: 0,
  });
  const context: HandlerContext = {
    workspace,
    shell: 'bridge',
    dialogs: null,
    appVersion: APP_VERSION,
  };
  const call: Call = async <C extends ChannelName>(channel: C, args: ArgsOf<C>) => {
    const result = await dispatch(handlers, context, channel, args);
    if (!result.ok)
      throw new AppError(result.error.code, result.error.message, result.error.fieldErrors);
    return result.value as ValueOf<C>;
  };

  try {
    if (command.opensFile) {
      const file = values.file;
      if (typeof file !== 'string') throw new AppError('VALIDATION', 'Option manquante : --file.');
      await call('file:open', { path: file });
    }
    const value = await command.run(values, call);
    output.stdout(`${JSON.stringify(value, null, 2)}\n`);
    return 0;
  } catch (error) {
    // The message of an unexpected error sends to the log: the stack must be there.
    if (!isExpectedError(error)) log.error('command failed', error, { command: name ?? null });
    output.stderr(`Erreur : ${toErrorData(error).message}\n`);
    if (error instanceof AppError && error.fieldErrors) {
      for (const [field, message] of Object.entries(error.fieldErrors)) {
        output.stderr(`  ${field} : ${message}\n`);
      }
    }
    if (error instanceof CliRefusal) {
      for (const detail of error.details) output.stderr(`  ${detail}\n`);
    }
    return 1;
  } finally {
    await workspace.closeFile();
  }
}
