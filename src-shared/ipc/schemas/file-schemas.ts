import { z } from 'zod';
import { cents, optionalText, shortText } from './common';

export const filePath = z.string().min(1).max(4096);

export const fileCreate = z
  .object({
    /** Where to create the file; null puts it in the user data folder. */
    path: filePath.nullable(),
    companyName: shortText,
  })
  .strict();

export const demoCreate = z
  .object({
    path: filePath.nullable(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31)
      .default(2026),
    debtors: z.number().int().min(1).max(100_000).default(150),
  })
  .strict();

export const fileOpen = z.object({ path: filePath, readOnly: z.boolean().default(false) }).strict();

export const companyInput = z
  .object({
    legalName: shortText,
    legalForm: optionalText,
    // Not bounded here: a negative capital gets the domain rule's French message.
    shareCapitalCents: cents.nullable(),
    siren: optionalText,
    rcsCity: optionalText,
    addressLine1: optionalText,
    addressLine2: optionalText,
    postalCode: optionalText,
    city: optionalText,
    iban: optionalText,
    bic: optionalText,
    contactName: optionalText,
    email: optionalText,
    phone: optionalText,
  })
  .strict();

export type CompanyInput = z.infer<typeof companyInput>;
