import type { Company } from '../../src-shared/domain/company';
import { normaliseCompanyInput, validateCompanyInput } from '../../src-shared/domain/company-rules';
import { hasFieldErrors } from '../../src-shared/domain/field-errors';
import type { CompanyInput } from '../../src-shared/ipc/schemas/file-schemas';
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

/** Saves the creditor company's identity. */
export async function updateCompany(
  context: ServiceContext,
  input: CompanyInput,
): Promise<Company> {
  const company = normaliseCompanyInput(input);
  const errors = validateCompanyInput(company);
  if (hasFieldErrors(errors)) throw validationError(errors);
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
