import fs from 'node:fs';

/**
 * Writes one line on stdout before returning. A pipe write through
 * process.stdout may still sit in a buffer when SIGKILL lands; a direct
 * write does not, so the parent hears of every commit the child saw finish.
 */
export function say(line: string): void {
  fs.writeSync(1, `${line}\n`);
}
