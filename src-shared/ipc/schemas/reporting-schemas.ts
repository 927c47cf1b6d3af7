import { z } from 'zod';
import { calendarDate, cents, id, optionalText } from './common';

export const riskClassSchema = z.enum(['A', 'B', 'C', 'D']);

/** The dashboard's filters; a missing date takes its default (three months to today). */
export const dashboardQuery = z
  .object({
    from: calendarDate.nullable().default(null),
    to: calendarDate.nullable().default(null),
    sector: z.string().max(200).nullable().default(null),
    departement: z.string().max(10).nullable().default(null),
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
    .object({ kind: z.literal('dueMonth'), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) })
    .strict(),
]);

export const drillQuery = z.object({ filters: dashboardQuery, selector: drillSelector }).strict();

export const figureExport = z
  .object({
    filters: dashboardQuery,
    /** `tableau-de-bord`, `cartographie`, or one figure's key. */
    figure: z.string().min(1).max(60),
    path: z.string().max(4096).nullable().default(null),
    /** Ask where to save with the native dialog (desktop app only). */
    choose: z.boolean().default(false),
  })
  .strict();

export const pdfExport = z
  .object({
    to: calendarDate.nullable().default(null),
    path: z.string().max(4096).nullable().default(null),
    choose: z.boolean().default(false),
  })
  .strict();

export const creditLimitUpdate = z
  .object({ debtorId: id, limitCents: cents.nullable(), note: optionalText })
  .strict();

export type DashboardQueryInput = z.input<typeof dashboardQuery>;
