import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const MEMORY = '/dev/shm';

/**
 * A fresh folder for the files of a crash test, in memory (/dev/shm) where
 * the system has it. SIGKILL stops the process, not the machine: whatever
 * it wrote sits in the system's page cache on a disk as in memory, and the
 * rollback journal has the same work to do. A disk only adds the fsyncs of
 * `synchronous = FULL`, which guard against power cuts, not kills, and make
 * each round slow and its timing erratic on a loaded machine.
 */
export function crashTestFolder(prefix: string): string {
  const parent = fs.existsSync(MEMORY) ? MEMORY : os.tmpdir();
  return fs.mkdtempSync(path.join(parent, prefix));
}
