import { createHash } from 'node:crypto';
import fs from 'node:fs';

/** The SHA-256 of a file, read as a stream: the same file is recognised whatever its name. */
export async function hashFile(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(filePath) as AsyncIterable<Buffer>) {
    hash.update(chunk);
  }
  return hash.digest('hex');
}
