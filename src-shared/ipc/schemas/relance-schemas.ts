import { z } from 'zod';
import { calendarDate, cents, id, longText, optionalText, shortText } from './common';

export const relanceChannel = z.enum([
  'email',
  'lettre',
  'lrar',
  'sms',
  'appel',
  'mise_en_demeure',
]);

export const relanceTone = z.enum(['courtois', 'ferme', 'formel']);

// Day counts are not bounded here: the plan's rules (scenario-rules.ts, relance-settings.ts)
// refuse what is out of range with a French message naming the step.
const dayCount = z.number().int().safe();

export const scenarioStep = z
  .object({
    offsetDays: dayCount,
    channel: relanceChannel,
    tone: relanceTone,
    subject: shortText,
    body: z.string().max(20_000),
    deadlineDays: dayCount,
    repeatEveryDays: dayCount.nullable(),
  })
  .strict();

export const scenarioInput = z
  .object({ name: shortText, description: optionalText, steps: z.array(scenarioStep).max(50) })
  .strict();

export const assignmentRuleInput = z
  .object({
    scenarioId: id,
    riskClass: z.string().max(10).nullable(),
    sector: optionalText,
    debtorKind: z.enum(['entreprise', 'particulier']).nullable(),
    minOpenCents: cents.nullable(),
  })
  .strict();

export const relanceSettingsInput = z
  .object({
    minGapDays: dayCount,
    allowWeekends: z.boolean(),
    defaultScenarioId: id.nullable(),
    outputDirectory: z.string().max(4096).nullable(),
  })
  .strict();

export const smtpInput = z
  .object({
    host: shortText,
    port: z.number().int(),
    secure: z.boolean(),
    user: optionalText,
    password: z.string().max(500).nullable(),
    from: shortText,
  })
  .strict();

/** Everyone, one person in charge, or the debtors nobody follows. */
export const ownerFilter = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('tous') }).strict(),
    z.object({ kind: z.literal('personne'), userId: id }).strict(),
    z.object({ kind: z.literal('sans') }).strict(),
  ])
  .default({ kind: 'tous' });

export const seenRelance = { debtorId: id, scenarioId: id, stepIndex: z.number().int().min(0) };

export const relanceDo = z
  .object({
    ...seenRelance,
    subject: z.string().max(1000).nullable(),
    body: z.string().max(20_000).nullable(),
    send: z.boolean(),
  })
  .strict();

export const relanceSkip = z.object({ ...seenRelance, reason: shortText }).strict();

export const callOutcome = z.enum([
  'pas_de_reponse',
  'promesse',
  'litige',
  'mauvais_contact',
  'paye',
]);

export const disputeReason = z.enum(['prix', 'qualite', 'livraison', 'deja_paye', 'autre']);

export const callReport = z
  .object({
    ...seenRelance,
    outcome: callOutcome,
    note: longText,
    promise: z.object({ dueOn: calendarDate, amountCents: cents }).strict().nullable(),
    dispute: z.object({ reason: disputeReason, description: optionalText }).strict().nullable(),
  })
  .strict();

export const stepPreview = z.object({ debtorId: id, step: scenarioStep }).strict();

export const postpone = z
  .object({ debtorId: id, until: calendarDate.nullable(), reason: optionalText })
  .strict();
