import { parseArgs } from 'node:util';
import type { ArgsOf, ChannelName, ValueOf } from '../../src-shared/ipc/contract';
import { APP_VERSION } from '../app-version';
import { AppError } from '../errors/app-error';
import { toErrorData } from '../errors/to-error-data';
import { dispatch } from '../ipc/dispatch';
import type { HandlerContext } from '../ipc/handler-context';
import { handlers } from '../ipc/handlers';
import { configureLogFile } from '../logging/logger';
import { systemActorName, userDataDirectory } from '../workspace/user-data-directory';
import { Workspace } from '../workspace/workspace';
import { commands, type Call } from './cli-commands';

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

  const dataDirectory = userDataDirectory();
  configureLogFile(dataDirectory);
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
    const { values } = parseArgs({ args: rest, options: CLI_OPTIONS, strict: true });
    if (command.opensFile) {
      const file = values.file;
      if (typeof file !== 'string') throw new AppError('VALIDATION', 'Option manquante : --file.');
      await call('file:open', { path: file });
    }
    const value = await command.run(values, call);
    output.stdout(`${JSON.stringify(value, null, 2)}\n`);
    return 0;
  } catch (error) {
    const data = error instanceof TypeError ? { message: error.message } : toErrorData(error);
    output.stderr(`Erreur : ${data.message}\n`);
    if (error instanceof AppError && error.fieldErrors) {
      for (const [field, message] of Object.entries(error.fieldErrors)) {
        output.stderr(`  ${field} : ${message}\n`);
      }
    }
    return 1;
  } finally {
    await workspace.closeFile();
  }
}

const text = { type: 'string' } as const;
const flag = { type: 'boolean' } as const;
const CLI_OPTIONS = {
  file: text,
  company: text,
  debtors: text,
  seed: text,
  name: text,
  'first-name': text,
  'legal-form': text,
  kind: text,
  siren: text,
  siret: text,
  'vat-number': text,
  naf: text,
  sector: text,
  address: text,
  'postal-code': text,
  city: text,
  phone: text,
  email: text,
  search: text,
  overdue: flag,
  archived: flag,
  debtor: text,
  number: text,
  'issue-date': text,
  'due-date': text,
  amount: text,
  'vat-rate': text,
  terms: text,
  date: text,
  method: text,
  reference: text,
  allocate: { type: 'string', multiple: true },
  'as-of': text,
  from: text,
  departement: text,
  'risk-class': text,
  id: text,
  keep: text,
  directory: text,
  zip: flag,
  fec: text,
  source: text,
  target: text,
  map: { type: 'string', multiple: true },
  profile: text,
  preview: flag,
  'accept-errors': flag,
  format: text,
  out: text,
  owner: text,
  send: flag,
} as const;
