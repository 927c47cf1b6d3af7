import type { AppUser } from './app-user';

/** Who signs the changes made at this machine on the open file. */
export interface CurrentUser {
  /** The user chosen among the file's users, or null. */
  user: AppUser | null;
  /** The name written when nobody is chosen: the computer's login. */
  fallbackName: string;
}
