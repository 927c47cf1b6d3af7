import { z } from 'zod';
import { filePath } from './file-schemas';

/** Days from the piece date to the due date when the FEC gives none. */
export const paymentTermsDays = z.number().int().min(0).max(365);

export const importChooseFile = z.object({ kind: z.enum(['fec', 'spreadsheet']) }).strict();

export const fecPreviewArgs = z
  .object({ path: filePath, paymentTermsDays: paymentTermsDays.optional() })
  .strict();

export const fecImportArgs = z
  .object({
    path: filePath,
    paymentTermsDays,
    /** The hash the preview showed; the import refuses a file changed since. */
    expectedHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
    acceptFileErrors: z.boolean().default(false),
  })
  .strict();

const sheetField = z.enum([
  'debtorRef',
  'debtorName',
  'siren',
  'addressLine1',
  'postalCode',
  'city',
  'email',
  'phone',
  'invoiceNumber',
  'issueDate',
  'dueDate',
  'amountInclTax',
  'amountExclTax',
  'vat',
  'paidAmount',
  'openAmount',
]);

/** Field → header text of the file. */
export const columnMapping = z.partialRecord(sheetField, z.string().min(1).max(500));

const sheetTarget = z.enum(['invoices', 'debtors']);
const profileName = z.string().trim().max(100);

export const sheetPreviewArgs = z
  .object({
    path: filePath,
    target: sheetTarget,
    mapping: columnMapping.nullable().default(null),
    profileName: profileName.nullable().default(null),
    paymentTermsDays: paymentTermsDays.optional(),
  })
  .strict();

export const sheetImportArgs = z
  .object({
    path: filePath,
    target: sheetTarget,
    mapping: columnMapping,
    /** Saves the mapping under this name for the next file of the same source. */
    profileName: profileName.nullable().default(null),
    paymentTermsDays,
    expectedHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
  })
  .strict();
