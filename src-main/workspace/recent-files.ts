import fs from 'node:fs';
import path from 'node:path';
import type { RecentFile } from '../../src-shared/domain/workspace';

interface StoredRecentFile {
  path: string;
  companyName: string;
  lastOpenedAt: string;
}

const MAX_RECENT_FILES = 12;

/** The start screen's list of recent files, kept as JSON in the user data folder. */
export class RecentFiles {
  private readonly storePath: string;

  constructor(dataDirectory: string) {
    this.storePath = path.join(dataDirectory, 'recent-files.json');
  }

  /** Most recent first; files that vanished stay listed, marked as missing. */
  list(): RecentFile[] {
    return this.read().map((entry) => ({
      ...entry,
      name: path.basename(entry.path),
      exists: fs.existsSync(entry.path),
    }));
  }

  remember(filePath: string, companyName: string, at: Date): void {
    const others = this.read().filter((entry) => entry.path !== filePath);
    const entry = { path: filePath, companyName, lastOpenedAt: at.toISOString() };
    this.write([entry, ...others].slice(0, MAX_RECENT_FILES));
  }

  forget(filePath: string): void {
    this.write(this.read().filter((entry) => entry.path !== filePath));
  }

  private read(): StoredRecentFile[] {
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(this.storePath, 'utf8'));
      return Array.isArray(parsed) ? parsed.filter(isStoredRecentFile) : [];
    } catch {
      // A missing or unreadable list is an empty list, never a startup failure.
      return [];
    }
  }

  private write(entries: StoredRecentFile[]): void {
    fs.mkdirSync(path.dirname(this.storePath), { recursive: true });
    const temporary = `${this.storePath}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(entries, null, 2));
    fs.renameSync(temporary, this.storePath);
  }
}

function isStoredRecentFile(value: unknown): value is StoredRecentFile {
  const entry = value as StoredRecentFile;
  return typeof entry?.path === 'string' && typeof entry.companyName === 'string';
}
