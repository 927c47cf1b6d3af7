import type BetterSqlite3 from 'better-sqlite3';
import type { AppUser } from '../../src-shared/domain/app-user';
import { readFileId } from '../backups/backup-names';
import type { CurrentUserStore } from './current-user-store';

interface UserRow {
  id: number;
  name: string;
  email: string | null;
  active: number;
}

function findUser(sqlite: BetterSqlite3.Database, id: number): AppUser | null {
  const row = sqlite
    .prepare('SELECT id, name, email, active FROM app_users WHERE id = ?')
    .get(id) as UserRow | undefined;
  return row ? { id: row.id, name: row.name, email: row.email, active: row.active === 1 } : null;
}

/**
 * The user chosen at this machine for this file, while they are still an
 * active user of it; null when nobody was chosen (the system login then
 * signs the changes) or the chosen person left the list.
 */
export function chosenUser(
  sqlite: BetterSqlite3.Database,
  store: CurrentUserStore,
): AppUser | null {
  const fileId = readFileId(sqlite);
  const userId = fileId ? store.get(fileId) : null;
  const user = userId === null ? null : findUser(sqlite, userId);
  return user?.active ? user : null;
}

/** Finds the active user to remember for this file, or says why not (French). */
export function userToChoose(
  sqlite: BetterSqlite3.Database,
  userId: number,
): { user: AppUser } | { refusal: string } {
  const user = findUser(sqlite, userId);
  if (!user) return { refusal: 'Cet utilisateur n’existe pas (ou plus) dans ce dossier.' };
  if (!user.active) {
    return { refusal: `${user.name} est marqué comme inactif : réactivez-le dans les réglages.` };
  }
  return { user };
}
