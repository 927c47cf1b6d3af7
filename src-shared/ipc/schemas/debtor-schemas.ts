import { z } from 'zod';
import { id, longText, optionalText, shortText } from './common';

export const debtorKind = z.enum(['entreprise', 'particulier']);

export const sizeClass = z.enum(['micro', 'pme', 'eti', 'ge']);

export const debtorInput = z
  .object({
    kind: debtorKind,
    name: shortText,
    firstName: optionalText,
    legalForm: optionalText,
    siren: optionalText,
    siret: optionalText,
    vatNumber: optionalText,
    nafCode: optionalText,
    sector: optionalText,
    sizeClass: sizeClass.nullable(),
    addressLine1: shortText,
    addressLine2: optionalText,
    postalCode: shortText,
    city: shortText,
    phone: optionalText,
    email: optionalText,
    notes: longText,
    // Far above the domain's 20 tags of 40 characters, so that its French message is the one seen.
    tags: z.array(shortText).max(500),
  })
  .strict();

export const debtorSortKey = z.enum([
  'name',
  'city',
  'departement',
  'sector',
  'openCents',
  'overdueCents',
  'maxDaysOverdue',
]);

export const debtorListQuery = z
  .object({
    search: z.string().max(200).default(''),
    departement: z.string().max(3).nullable().default(null),
    sector: z.string().max(200).nullable().default(null),
    overdueOnly: z.boolean().default(false),
    includeArchived: z.boolean().default(false),
    sortBy: debtorSortKey.default('name'),
    sortDirection: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();

export const debtorUpdate = z.object({ id, input: debtorInput }).strict();

export const contactInput = z
  .object({
    name: shortText,
    role: optionalText,
    email: optionalText,
    phone: optionalText,
    isPrimary: z.boolean(),
  })
  .strict();

export const contactAdd = z.object({ debtorId: id, input: contactInput }).strict();

export const contactUpdate = z.object({ id, input: contactInput }).strict();

export type DebtorListQuery = z.infer<typeof debtorListQuery>;
export type DebtorListQueryInput = z.input<typeof debtorListQuery>;
export type DebtorSortKey = z.infer<typeof debtorSortKey>;
