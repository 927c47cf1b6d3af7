import fs from 'node:fs';
import path from 'node:path';

/**
 * One logger per scope, writing `time level scope: what happened {fields}`.
 * Fields carry ids, counts and durations only: never a debtor's name,
 * address or amount, because the log file travels with support requests.
 */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, error?: unknown, fields?: LogFields): void;
}

export type LogFields = Record<string, string | number | boolean | null>;

type Level = 'INFO' | 'WARN' | 'ERROR';

let sink: fs.WriteStream | null = null;
let echoToStderr = false;

/** Sends every scope's lines to `<directory>/recouvra.log` (created when missing). */
export function configureLogFile(directory: string, options: { echo?: boolean } = {}): string {
  fs.mkdirSync(directory, { recursive: true });
  const file = path.join(directory, 'recouvra.log');
  sink?.end();
  sink = fs.createWriteStream(file, { flags: 'a' });
  echoToStderr = options.echo ?? false;
  return file;
}

/** Stops writing to the log file (tests and shutdown). */
export function closeLogFile(): void {
  sink?.end();
  sink = null;
}

/** A logger whose lines start with `scope:`. */
export function createLogger(scope: string): Logger {
  const write = (level: Level, message: string, fields?: LogFields, error?: unknown) => {
    const parts = [new Date().toISOString(), level, `${scope}: ${message}`];
    if (fields && Object.keys(fields).length > 0) parts.push(JSON.stringify(fields));
    let line = parts.join(' ');
    if (error instanceof Error) line += `\n${error.stack ?? error.message}`;
    if (sink) sink.write(`${line}\n`);
    // Without a log file (unit tests), only warnings and errors are shown.
    if ((sink && echoToStderr) || (!sink && level !== 'INFO')) process.stderr.write(`${line}\n`);
  };
  return {
    info: (message, fields) => write('INFO', message, fields),
    warn: (message, fields) => write('WARN', message, fields),
    error: (message, error, fields) => write('ERROR', message, fields, error),
  };
}
