import type { Contact, ContactInput } from '../../src-shared/domain/debtor';
import { hasFieldErrors, type FieldErrors } from '../../src-shared/domain/field-errors';
import { isValidEmail, normaliseFrenchPhone } from '../../src-shared/validators/contact-details';
import { recordChange } from '../audit/audit-trail';
import { notFound, validationError } from '../errors/app-error';
import { appendEvent } from '../timeline/timeline-repository';
import { inTransaction, type ServiceContext } from '../workspace/service-context';
import { findDebtor } from './debtor-service';

function checkedContact(input: ContactInput): ContactInput {
  const clean = (value: string | null) => (value?.trim() ? value.trim() : null);
  const contact = {
    ...input,
    name: input.name.trim(),
    role: clean(input.role),
    email: clean(input.email),
    phone: clean(input.phone),
  };
  const errors: FieldErrors = {};
  if (!contact.name) errors.name = 'Indiquez le nom du contact.';
  if (contact.email && !isValidEmail(contact.email)) {
    errors.email = `« ${contact.email} » n'est pas une adresse e-mail valide.`;
  }
  if (contact.phone) {
    const phone = normaliseFrenchPhone(contact.phone);
    if (phone) contact.phone = phone;
    else errors.phone = `« ${contact.phone} » n'est pas un numéro de téléphone français valide.`;
  }
  if (hasFieldErrors(errors)) throw validationError(errors);
  return contact;
}

/** Adds a contact person to a debtor. */
export async function addContact(
  context: ServiceContext,
  debtorId: number,
  input: ContactInput,
): Promise<Contact> {
  const contact = checkedContact(input);
  return inTransaction(context, async (trx) => {
    await findDebtor(trx, debtorId);
    const row = await trx
      .insertInto('contacts')
      .values({ ...contact, debtorId, isPrimary: contact.isPrimary ? 1 : 0, archived: 0 })
      .returningAll()
      .executeTakeFirstOrThrow();
    const saved: Contact = { ...contact, id: row.id, debtorId };
    await recordChange(trx, context, {
      table: 'contacts',
      rowId: saved.id,
      action: 'insert',
      before: null,
      after: saved,
    });
    await appendEvent(trx, context, {
      debtorId,
      kind: 'contact_added',
      summary: 'Contact ajouté',
      details: { contactId: saved.id },
    });
    return saved;
  });
}

/** Edits a contact person. */
export async function updateContact(
  context: ServiceContext,
  id: number,
  input: ContactInput,
): Promise<Contact> {
  const contact = checkedContact(input);
  return inTransaction(context, async (trx) => {
    const before = await trx
      .selectFrom('contacts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!before) throw notFound('Ce contact');
    await trx
      .updateTable('contacts')
      .set({ ...contact, isPrimary: contact.isPrimary ? 1 : 0 })
      .where('id', '=', id)
      .execute();
    const saved: Contact = { ...contact, id, debtorId: before.debtorId };
    await recordChange(trx, context, {
      table: 'contacts',
      rowId: id,
      action: 'update',
      before,
      after: saved,
    });
    await appendEvent(trx, context, {
      debtorId: before.debtorId,
      kind: 'contact_updated',
      summary: 'Contact modifié',
      details: { contactId: id },
    });
    return saved;
  });
}

/** Archives a contact person: it leaves the file's list, the row stays. */
export async function archiveContact(context: ServiceContext, id: number): Promise<void> {
  await inTransaction(context, async (trx) => {
    const before = await trx
      .selectFrom('contacts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!before) throw notFound('Ce contact');
    await trx.updateTable('contacts').set({ archived: 1 }).where('id', '=', id).execute();
    await recordChange(trx, context, {
      table: 'contacts',
      rowId: id,
      action: 'archive',
      before,
      after: { ...before, archived: 1 },
    });
  });
}
