import fs from 'node:fs';

/** Removes a file or folder written for a record that could not be saved; never throws. */
export function removeQuietly(target: string): void {
  try {
    fs.rmSync(target, { recursive: true, force: true });
  } catch {
    // The record failed already; a leftover file is harmless and its error would hide that one.
  }
}
