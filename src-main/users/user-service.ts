import type { AppUser } from '../../src-shared/domain/app-user';
import { isValidEmail } from '../../src-shared/validators/contact-details';
import { recordChange } from '../audit/audit-trail';
import { loadUsers } from '../collection/collection-queries';
import { notFound, validationError } from '../errors/app-error';
import { inTransaction, type Queryable, type ServiceContext } from '../workspace/service-context';

/** What the settings screen types for a user of the app. */
export interface AppUserInput {
  name: string;
  email: string | null;
  active: boolean;
}

async function checked(trx: Queryable, input: AppUserInput, exceptId: number | null) {
  const name = input.name.trim();
  const email = input.email?.trim() || null;
  if (!name) throw validationError({ name: 'Indiquez le nom de la personne.' });
  if (email && !isValidEmail(email)) {
    throw validationError({ email: `L’adresse « ${email} » n’est pas une adresse e-mail valide.` });
  }
  const clash = await trx
    .selectFrom('appUsers')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirst();
  if (clash && clash.id !== exceptId) {
    throw validationError({ name: `« ${name} » figure déjà dans la liste des utilisateurs.` });
  }
  return { name, email, active: input.active ? 1 : 0 };
}

async function findUser(db: Queryable, id: number): Promise<AppUser> {
  const user = (await loadUsers(db)).find((candidate) => candidate.id === id);
  if (!user) throw notFound('Cet utilisateur');
  return user;
}

/** Adds a person who uses the app (named as the person in charge of debtors). */
export async function addUser(context: ServiceContext, input: AppUserInput): Promise<AppUser> {
  return inTransaction(context, async (trx) => {
    const values = await checked(trx, input, null);
    const row = await trx
      .insertInto('appUsers')
      .values({ ...values, createdAt: context.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const user = await findUser(trx, row.id);
    await recordChange(trx, context, {
      table: 'app_users',
      rowId: row.id,
      action: 'insert',
      before: null,
      after: user,
    });
    return user;
  });
}

/** Renames a user or marks them inactive; their debtors keep them until reassigned. */
export async function updateUser(
  context: ServiceContext,
  id: number,
  input: AppUserInput,
): Promise<AppUser> {
  return inTransaction(context, async (trx) => {
    const before = await findUser(trx, id);
    const values = await checked(trx, input, id);
    await trx.updateTable('appUsers').set(values).where('id', '=', id).execute();
    const after = await findUser(trx, id);
    await recordChange(trx, context, {
      table: 'app_users',
      rowId: id,
      action: 'update',
      before,
      after,
    });
    return after;
  });
}
