import fs from 'node:fs';
import path from 'node:path';
import { toSearchKey } from '../../src-shared/text/search-key';
import { DATABASE_EXTENSION, DEFAULT_FILES_FOLDER } from '../database/file-identity';

/** A free path for a new company file in the user data folder, named after the company. */
export function defaultFilePath(dataDirectory: string, companyName: string): string {
  const folder = path.join(dataDirectory, DEFAULT_FILES_FOLDER);
  fs.mkdirSync(folder, { recursive: true });
  const slug = toSearchKey(companyName).replace(/ /g, '-').slice(0, 60) || 'dossier';
  let candidate = path.join(folder, `${slug}${DATABASE_EXTENSION}`);
  for (let counter = 2; fs.existsSync(candidate); counter += 1) {
    candidate = path.join(folder, `${slug}-${counter}${DATABASE_EXTENSION}`);
  }
  return candidate;
}
