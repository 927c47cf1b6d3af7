import { z } from 'zod';
import { PROCEDURE_STEP_KINDS, type ProcedureStepKind } from '../../domain/legal-case';
import { calendarDate, cents, id, longText, optionalText, shortText } from './common';

// Shapes of the legal channels. Amounts are cents and rates basis points; the business rules
// (half-year starts, step order, identities) run in the services with French messages.

// Rates and day counts are not bounded here: legal-settings-service.ts refuses what is out of
// range with a French message under the field.
const basisPoints = z.number().int().safe();

export const judgeKind = z.enum(['tj', 'tc', 'tae', 'jcp']);

export const claimNature = z.enum(['commercial', 'civil', 'protection']);

export const legalOptions = z
  .object({
    dayCount: z.enum(['365', 'actual']),
    contractualRateBp: basisPoints.nullable(),
    miseEnDemeureDays: z.number().int().safe(),
  })
  .strict();

export const userLegalRate = z
  .object({
    start: calendarDate,
    personnePhysiqueBp: basisPoints,
    autresCasBp: basisPoints,
    source: shortText,
  })
  .strict();

export const userEcbRate = z
  .object({ effective: calendarDate, rateBp: basisPoints, source: shortText })
  .strict();

export const legalContactInput = z
  .object({
    kind: z.enum(['commissaire', 'avocat']),
    name: shortText,
    firm: optionalText,
    addressLine1: optionalText,
    postalCode: optionalText,
    city: optionalText,
    email: optionalText,
    phone: optionalText,
    notes: longText,
  })
  .strict();

export const stepInput = z
  .object({
    kind: z.custom<ProcedureStepKind>(
      (value) =>
        typeof value === 'string' && (PROCEDURE_STEP_KINDS as readonly string[]).includes(value),
      { message: 'étape inconnue' },
    ),
    occurredOn: calendarDate,
    deadlineOn: calendarDate.nullable(),
    reference: optionalText,
    note: longText,
    contactId: id.nullable(),
  })
  .strict();

const party = z
  .object({
    kind: z.enum(['entreprise', 'particulier']),
    name: shortText,
    firstName: shortText,
    legalForm: shortText,
    siren: shortText,
    addressLine1: shortText,
    addressLine2: shortText,
    postalCode: shortText,
    city: shortText,
    representative: shortText,
  })
  .strict();

export const injonctionDraft = z
  .object({
    debtorId: id,
    creditor: party,
    debtor: party,
    court: z
      .object({
        name: shortText,
        address: z.string().max(2000),
        judge: judgeKind,
        cerfaNumber: shortText,
      })
      .strict(),
    invoices: z
      .array(
        z
          .object({
            invoiceId: id,
            number: shortText,
            issueDate: z.string().max(10),
            dueDate: z.string().max(10),
            principalCents: cents,
          })
          .strict(),
      )
      .max(500),
    principalBasis: z.string().max(5000),
    elements: z
      .array(
        z
          .object({
            key: z.enum(['penalites', 'interets', 'indemnite', 'frais']),
            label: shortText,
            amountCents: cents,
            basis: z.string().max(5000),
          })
          .strict(),
      )
      .max(20),
    pieces: z.array(z.string().max(1000)).max(200),
    renvoiAuFond: z.boolean(),
    place: shortText,
    date: calendarDate,
    signatory: shortText,
  })
  .strict();
