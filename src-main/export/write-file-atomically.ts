import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file through a temporary neighbour renamed at the end, so a failed write never
 * leaves half a file where the user expects a whole one.
 */
export async function writeFileAtomically(
  filePath: string,
  write: string | ((temporaryPath: string) => Promise<void>),
): Promise<void> {
  const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.partiel`);
  try {
    if (typeof write === 'string') await fs.writeFile(temporary, write, 'utf8');
    else await write(temporary);
    await fs.rename(temporary, filePath);
  } finally {
    await fs.rm(temporary, { force: true });
  }
}
