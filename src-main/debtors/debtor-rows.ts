import type { Selectable } from 'kysely';
import { debtorDisplayName, type Debtor, type DebtorInput } from '../../src-shared/domain/debtor';
import { toSearchKey } from '../../src-shared/text/search-key';
import { departementFromPostalCode } from '../../src-shared/validators/postal-code';
import type { DebtorsTable } from '../database/schema';

type DebtorRow = Selectable<DebtorsTable>;

/** A stored row as the domain type. */
export function toDebtor(row: DebtorRow): Debtor {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    firstName: row.firstName,
    legalForm: row.legalForm,
    siren: row.siren,
    siret: row.siret,
    vatNumber: row.vatNumber,
    nafCode: row.nafCode,
    sector: row.sector,
    sizeClass: row.sizeClass,
    addressLine1: row.addressLine1,
    addressLine2: row.addressLine2,
    postalCode: row.postalCode,
    city: row.city,
    departement: row.departement,
    phone: row.phone,
    email: row.email,
    notes: row.notes,
    tags: JSON.parse(row.tags) as string[],
    externalRef: row.externalRef,
    archived: row.archived === 1,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The columns written from a (normalised, validated) input, with what derives from it. */
export function toDebtorColumns(input: DebtorInput) {
  return {
    ...input,
    tags: JSON.stringify(input.tags),
    departement: departementFromPostalCode(input.postalCode),
    searchKey: toSearchKey(
      [debtorDisplayName(input), input.siren ?? '', input.siret ?? '', input.city].join(' '),
    ),
  };
}
