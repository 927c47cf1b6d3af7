import { z } from 'zod';
import { isCalendarDate } from '../../dates/calendar-date';

// Shapes shared by the channel schemas. They check types and bounds only;
// business rules (SIREN key, due date after issue date…) live in
// src-shared/domain and run in the services, with French messages.

export const id = z.number().int().positive();

export const cents = z.number().int().safe();

export const calendarDate = z
  .string()
  .refine(isCalendarDate, { message: 'date attendue au format AAAA-MM-JJ' });

export const shortText = z.string().max(500);

export const optionalText = z.string().max(500).nullable();

export const longText = z.string().max(20_000).nullable();

export const noArgs = z.object({}).strict();

export const byId = z.object({ id }).strict();
