/** A person who uses the app: the one in charge of a debtor, the author of an action. */
export interface AppUser {
  id: number;
  name: string;
  email: string | null;
  active: boolean;
}
