import fs from 'node:fs';
import path from 'node:path';

type Choices = Record<string, number>;

/**
 * Who works at this machine, per company file: the id of one of the file's
 * users, kept in the user data folder (not in the file) because the
 * accountant who opens the same file on their machine is someone else.
 * Files are told apart by the id stored in them, so a copy or a move keeps
 * the choice.
 */
export class CurrentUserStore {
  private readonly storePath: string;

  constructor(dataDirectory: string) {
    this.storePath = path.join(dataDirectory, 'current-user.json');
  }

  /** The user chosen for a file, or null. */
  get(fileId: string): number | null {
    return this.read()[fileId] ?? null;
  }

  /** Remembers the user for a file; null forgets the choice. */
  set(fileId: string, userId: number | null): void {
    const choices = this.read();
    if (userId === null) delete choices[fileId];
    else choices[fileId] = userId;
    fs.mkdirSync(path.dirname(this.storePath), { recursive: true });
    const temporary = `${this.storePath}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(choices, null, 2));
    fs.renameSync(temporary, this.storePath);
  }

  private read(): Choices {
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(this.storePath, 'utf8'));
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
      return Object.fromEntries(
        Object.entries(parsed).filter(([, id]) => Number.isInteger(id) && (id as number) > 0),
      ) as Choices;
    } catch {
      // A missing or unreadable file means nobody was chosen, never a failure.
      return {};
    }
  }
}
