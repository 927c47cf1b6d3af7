import fs from 'node:fs';

/** Which file a path names: its device and inode (its volume and file index on Windows). */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
}

/** The identity of the file at `filePath`, or null when nothing is there. */
export function fileIdentityOf(filePath: string): FileIdentity | null {
  try {
    const stat = fs.statSync(filePath, { bigint: true });
    return { dev: stat.dev, ino: stat.ino };
  } catch {
    return null;
  }
}

/**
 * True when two identities name the same file. Some network filesystems
 * report no inode (0): two such files cannot be told apart, and are taken for
 * the same one, the cautious answer wherever this decides about a lock.
 */
export function isSameFile(a: FileIdentity, b: FileIdentity): boolean {
  if (a.ino === 0n || b.ino === 0n) return true;
  return a.dev === b.dev && a.ino === b.ino;
}
