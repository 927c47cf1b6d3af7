import { z } from 'zod';
import type { LegalContact } from '../../domain/legal-case';
import type { LegalOptions, LegalSettings } from '../../domain/legal-settings';
import { byId, calendarDate, id, noArgs, shortText } from '../schemas/common';
import {
  legalContactInput,
  legalOptions,
  userEcbRate,
  userLegalRate,
} from '../schemas/legal-schemas';
import { channel } from './define-channel';

/** The « Réglages juridiques »: options, rates added by the user, court addresses, directory. */
export const legalSettingsChannels = {
  'legal:settings': channel(noArgs).returns<LegalSettings>(),
  'legal:updateOptions': channel(
    z.object({ options: legalOptions }).strict(),
  ).returns<LegalOptions>(),
  'legal:saveLegalRate': channel(
    z.object({ input: userLegalRate }).strict(),
  ).returns<LegalSettings>(),
  'legal:saveEcbRate': channel(z.object({ input: userEcbRate }).strict()).returns<LegalSettings>(),
  'legal:removeUserRate': channel(
    z.object({ table: z.enum(['legal', 'ecb']), date: calendarDate }).strict(),
  ).returns<LegalSettings>(),
  'legal:saveCourtAddress': channel(
    z.object({ code: shortText, address: z.string().max(2000) }).strict(),
  ).returns<LegalSettings>(),

  'legalContacts:list': channel(
    z.object({ includeArchived: z.boolean().default(false) }).strict(),
  ).returns<LegalContact[]>(),
  'legalContacts:add': channel(
    z.object({ input: legalContactInput }).strict(),
  ).returns<LegalContact>(),
  'legalContacts:update': channel(
    z.object({ id, input: legalContactInput }).strict(),
  ).returns<LegalContact>(),
  'legalContacts:archive': channel(byId).returns<LegalContact>(),
  'legalContacts:restore': channel(byId).returns<LegalContact>(),
};
