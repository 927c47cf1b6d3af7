import { hasFieldErrors, type FieldErrors } from '../../src-shared/domain/field-errors';
import type { LegalContact, LegalContactInput } from '../../src-shared/domain/legal-case';
import { isValidEmail, normaliseFrenchPhone } from '../../src-shared/validators/contact-details';
import { isValidFrenchPostalCode } from '../../src-shared/validators/postal-code';
import { recordChange } from '../audit/audit-trail';
import { notFound, validationError } from '../errors/app-error';
import { inTransaction, type Queryable, type ServiceContext } from '../workspace/service-context';

type ContactRow = Awaited<ReturnType<typeof contactRows>>[number];

function contactRows(db: Queryable) {
  return db.selectFrom('legalContacts').selectAll().orderBy('kind').orderBy('name').execute();
}

function toContact({ createdAt: _createdAt, ...row }: ContactRow): LegalContact {
  return { ...row, archived: row.archived === 1 };
}

/** The directory of commissaires de justice and lawyers, archived entries last or left out. */
export async function listLegalContacts(
  db: Queryable,
  includeArchived = false,
): Promise<LegalContact[]> {
  const rows = await contactRows(db);
  return rows.map(toContact).filter((contact) => includeArchived || !contact.archived);
}

/** One directory entry. */
export async function findLegalContact(db: Queryable, id: number): Promise<LegalContact> {
  const row = await db
    .selectFrom('legalContacts')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Ce contact de l’annuaire');
  return toContact(row);
}

function checked(input: LegalContactInput): LegalContactInput {
  const clean = (value: string | null) => (value?.trim() ? value.trim() : null);
  const contact: LegalContactInput = {
    kind: input.kind,
    name: input.name.trim(),
    firm: clean(input.firm),
    addressLine1: clean(input.addressLine1),
    postalCode: clean(input.postalCode),
    city: clean(input.city),
    email: clean(input.email),
    phone: clean(input.phone),
    notes: clean(input.notes),
  };
  const errors: FieldErrors = {};
  if (!contact.name) errors.name = 'Indiquez le nom.';
  if (contact.email && !isValidEmail(contact.email)) {
    errors.email = `« ${contact.email} » n'est pas une adresse e-mail valide.`;
  }
  if (contact.postalCode && !isValidFrenchPostalCode(contact.postalCode)) {
    errors.postalCode = `« ${contact.postalCode} » n'est pas un code postal français.`;
  }
  if (contact.phone) {
    const phone = normaliseFrenchPhone(contact.phone);
    if (phone) contact.phone = phone;
    else errors.phone = `« ${contact.phone} » n'est pas un numéro de téléphone français valide.`;
  }
  if (hasFieldErrors(errors)) throw validationError(errors);
  return contact;
}

/** Adds a commissaire de justice or a lawyer to the directory. */
export async function addLegalContact(
  context: ServiceContext,
  input: LegalContactInput,
): Promise<LegalContact> {
  const contact = checked(input);
  return inTransaction(context, async (trx) => {
    const row = await trx
      .insertInto('legalContacts')
      .values({ ...contact, archived: 0, createdAt: context.now().toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordChange(trx, context, {
      table: 'legal_contacts',
      rowId: row.id,
      action: 'insert',
      before: null,
      after: contact,
    });
    return toContact(row);
  });
}

/** Corrects a directory entry. */
export async function updateLegalContact(
  context: ServiceContext,
  id: number,
  input: LegalContactInput,
): Promise<LegalContact> {
  const contact = checked(input);
  return inTransaction(context, async (trx) => {
    const before = await findLegalContact(trx, id);
    await trx.updateTable('legalContacts').set(contact).where('id', '=', id).execute();
    await recordChange(trx, context, {
      table: 'legal_contacts',
      rowId: id,
      action: 'update',
      before,
      after: contact,
    });
    return findLegalContact(trx, id);
  });
}

/** Archives or restores a directory entry; the steps that name it keep it. */
export async function setLegalContactArchived(
  context: ServiceContext,
  id: number,
  archived: boolean,
): Promise<LegalContact> {
  return inTransaction(context, async (trx) => {
    const before = await findLegalContact(trx, id);
    await trx
      .updateTable('legalContacts')
      .set({ archived: archived ? 1 : 0 })
      .where('id', '=', id)
      .execute();
    await recordChange(trx, context, {
      table: 'legal_contacts',
      rowId: id,
      action: archived ? 'archive' : 'restore',
      before,
      after: { ...before, archived },
    });
    return findLegalContact(trx, id);
  });
}
