import type { Company } from '../../src-shared/domain/company';
import { hasFieldErrors, type FieldErrors } from '../../src-shared/domain/field-errors';
import type { CompanyInput } from '../../src-shared/ipc/schemas/file-schemas';
import { isValidIban, normaliseIban } from '../../src-shared/validators/iban';
import { isValidFrenchPostalCode } from '../../src-shared/validators/postal-code';
import { isValidSiren, normaliseIdentifier } from '../../src-shared/validators/siren';
import { recordChange } from '../audit/audit-trail';
import { validationError } from '../errors/app-error';
import { inTransaction, type Queryable, type ServiceContext } from '../workspace/service-context';

const EMPTY_COMPANY: Company = {
  legalName: '',
  legalForm: null,
  shareCapitalCents: null,
  siren: null,
  rcsCity: null,
  addressLine1: null,
  addressLine2: null,
  postalCode: null,
  city: null,
  iban: null,
  bic: null,
  contactName: null,
  email: null,
  phone: null,
};

/** The creditor company's identity, as printed on every letter. */
export async function getCompany(db: Queryable): Promise<Company> {
  const row = await db.selectFrom('company').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return EMPTY_COMPANY;
  const { id: _id, updatedAt: _updatedAt, ...company } = row;
  return company;
}

function checkedCompany(input: CompanyInput): CompanyInput {
  const clean = (value: string | null) => (value?.trim() ? value.trim() : null);
  const company: CompanyInput = {
    ...input,
    legalName: input.legalName.trim(),
    legalForm: clean(input.legalForm),
    siren: input.siren ? normaliseIdentifier(input.siren) : null,
    rcsCity: clean(input.rcsCity),
    addressLine1: clean(input.addressLine1),
    addressLine2: clean(input.addressLine2),
    postalCode: clean(input.postalCode),
    city: clean(input.city),
    iban: input.iban ? normaliseIban(input.iban) : null,
    bic: clean(input.bic)?.toUpperCase() ?? null,
    contactName: clean(input.contactName),
    email: clean(input.email),
    phone: clean(input.phone),
  };
  const errors: FieldErrors = {};
  if (!company.legalName) errors.legalName = 'Indiquez la raison sociale de votre entreprise.';
  if (company.siren && !isValidSiren(company.siren)) {
    errors.siren = `Le SIREN ${company.siren} est invalide : vérifiez les 9 chiffres.`;
  }
  if (company.iban && !isValidIban(company.iban)) {
    errors.iban = "L'IBAN saisi est invalide : sa clé de contrôle ne correspond pas.";
  }
  if (company.postalCode && !isValidFrenchPostalCode(company.postalCode)) {
    errors.postalCode = `« ${company.postalCode} » n'est pas un code postal français.`;
  }
  if (hasFieldErrors(errors)) throw validationError(errors);
  return company;
}

/** Saves the creditor company's identity. */
export async function updateCompany(
  context: ServiceContext,
  input: CompanyInput,
): Promise<Company> {
  const company = checkedCompany(input);
  return inTransaction(context, async (trx) => {
    const before = await getCompany(trx);
    const updatedAt = context.now().toISOString();
    await trx
      .insertInto('company')
      .values({ id: 1, ...company, updatedAt })
      .onConflict((conflict) => conflict.column('id').doUpdateSet({ ...company, updatedAt }))
      .execute();
    await recordChange(trx, context, {
      table: 'company',
      rowId: 1,
      action: 'update',
      before,
      after: company,
    });
    return getCompany(trx);
  });
}
