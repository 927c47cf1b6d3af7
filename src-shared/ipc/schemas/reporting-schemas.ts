import { z } from 'zod';
import { calendarDate, cents, id, optionalText } from './common';

export const riskClassSchema = z.enum(['A', 'B', 'C', 'D']);

// Département codes as the debtors table stores them (departementFromPostalCode): 01 to 95
// with Corsica as 2A and 2B (no 20), then 971 to 976 overseas; upper case, no spaces.
const DEPARTEMENT_CODE = /^(0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-6])$/;

/** A département code (`75`, `2A`, `971`), or `hors_idf` for the rest of France. */
export const departementFilter = z
  .string()
  .refine((code) => code === 'hors_idf' || DEPARTEMENT_CODE.test(code), {
    message: 'département inconnu : choisissez un code de 01 à 95, 2A, 2B ou de 971 à 976',
  });

/** The dashboard's filters; a missing date takes its default (three months to today). */
export const dashboardQuery = z
  .object({
    from: calendarDate.nullable().default(null),
    to: calendarDate.nullable().default(null),
    sector: z.string().max(200).nullable().default(null),
    departement: departementFilter.nullable().default(null),
    riskClass: riskClassSchema.nullable().default(null),
  })
  .strict();

const ageBucket = z.enum(['notDue', 'days1to30', 'days31to60', 'days61to90', 'over90']);
const channel = z.enum(['email', 'lettre', 'lrar', 'sms', 'appel', 'mise_en_demeure']);
const geo = z.enum(['75', '77', '78', '91', '92', '93', '94', '95', 'hors_idf', 'inconnu']);
const size = z.enum(['micro', 'pme', 'eti', 'ge', 'particulier', 'inconnue']);

export const drillSelector = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('total'),
      figure: z.enum(['outstanding', 'overdue', 'disputed', 'legal', 'overLimit']),
    })
    .strict(),
  z
    .object({ kind: z.literal('agedBucket'), bucket: ageBucket, date: calendarDate.nullable() })
    .strict(),
  z.object({ kind: z.literal('forecastWeek'), weekStart: calendarDate }).strict(),
  z
    .object({
      kind: z.literal('forecastOther'),
      part: z.enum(['later', 'uncertain', 'disputed']),
    })
    .strict(),
  z.object({ kind: z.literal('relanceChannel'), channel }).strict(),
  z.object({ kind: z.literal('owner'), userId: id.nullable() }).strict(),
  z.object({ kind: z.literal('riskClass'), riskClass: riskClassSchema }).strict(),
  z
    .object({
      kind: z.literal('riskCell'),
      riskClass: riskClassSchema,
      sector: z.string().max(200),
    })
    .strict(),
  z.object({ kind: z.literal('size'), size }).strict(),
  z.object({ kind: z.literal('geo'), geo }).strict(),
  z.object({ kind: z.literal('arrondissement'), number: z.number().int().min(0).max(20) }).strict(),
  z
    .object({
      kind: z.literal('dueMonth'),
      month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
      part: z.enum(['due', 'late']),
    })
    .strict(),
]);

export const drillQuery = z.object({ filters: dashboardQuery, selector: drillSelector }).strict();

export const figureExport = z
  .object({
    filters: dashboardQuery,
    /** `tableau-de-bord`, `cartographie`, or one figure's key. */
    figure: z.string().min(1).max(60),
    /** An absolute path; null writes under a new name in the user data folder's `exports`. */
    path: z.string().min(1).max(4096).nullable().default(null),
    /** Replace a file already at `path`: only once the user said so (« Remplacer ? »). */
    overwrite: z.boolean().default(false),
    /** Ask where to save with the native dialog (desktop app only). */
    choose: z.boolean().default(false),
  })
  .strict();

export const pdfExport = z
  .object({
    to: calendarDate.nullable().default(null),
    path: z.string().min(1).max(4096).nullable().default(null),
    overwrite: z.boolean().default(false),
    choose: z.boolean().default(false),
  })
  .strict();

export const creditLimitUpdate = z
  .object({ debtorId: id, limitCents: cents.nullable(), note: optionalText })
  .strict();

export type DashboardQueryInput = z.input<typeof dashboardQuery>;
