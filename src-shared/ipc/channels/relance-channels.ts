import { z } from 'zod';
import type { RelanceSettings } from '../../relance/relance-settings';
import type {
  Agenda,
  DebtorRelanceView,
  PreparedRelance,
  RelanceActionRecord,
  SmsExport,
} from '../../relance/relance-view';
import type { AssignmentRuleInput, Scenario } from '../../relance/scenario';
import type { PasswordStorage, SmtpSettings } from '../../relance/smtp-settings';
import { byId, calendarDate, id, noArgs } from '../schemas/common';
import {
  assignmentRuleInput,
  callReport,
  ownerFilter,
  postpone,
  relanceDo,
  relanceSettingsInput,
  relanceSkip,
  scenarioInput,
  smtpInput,
  stepPreview,
} from '../schemas/relance-schemas';
import { channel } from './define-channel';

const byDebtor = z.object({ debtorId: id }).strict();

/** A file written for the user, and the folder it is in. */
export interface WrittenFile {
  path: string;
}

/** The plans de relance, their rules and the engine's settings, for the settings screen. */
export interface RelanceConfiguration {
  scenarios: Scenario[];
  rules: AssignmentRuleInput[];
  settings: RelanceSettings;
  smtp: SmtpSettings | null;
  /** How this computer keeps the SMTP password (never in the company file). */
  passwordStorage: PasswordStorage;
  /** Where documents go when no folder is set. */
  defaultOutputDirectory: string;
}

/**
 * The relance engine: today's agenda, doing, skipping and postponing actions, plans and settings.
 */
export const relanceChannels = {
  'relance:agenda': channel(z.object({ owner: ownerFilter }).strict()).returns<Agenda>(),
  'relance:debtor': channel(byDebtor).returns<DebtorRelanceView>(),
  'relance:prepare': channel(byDebtor).returns<PreparedRelance>(),
  'relance:do': channel(relanceDo).returns<RelanceActionRecord>(),
  'relance:skip': channel(relanceSkip).returns<RelanceActionRecord>(),
  'relance:postpone': channel(postpone).returns<DebtorRelanceView>(),
  'relance:recordCall': channel(callReport).returns<RelanceActionRecord | null>(),
  'relance:runBatch': channel(
    z.object({ owner: ownerFilter, send: z.boolean() }).strict(),
  ).returns<{ jobId: string }>(),
  'relance:exportSms': channel(z.object({ owner: ownerFilter }).strict()).returns<SmsExport>(),
  'relance:preview': channel(stepPreview).returns<Omit<PreparedRelance, 'item'>>(),
  'relance:statement': channel(
    z.object({ debtorId: id, asOf: calendarDate }).strict(),
  ).returns<WrittenFile>(),
  'relance:setScenario': channel(
    z.object({ debtorId: id, scenarioId: id.nullable() }).strict(),
  ).returns<DebtorRelanceView>(),
  'relance:setOwner': channel(
    z.object({ debtorId: id, userId: id.nullable() }).strict(),
  ).returns<DebtorRelanceView>(),
  'relance:openFolder': channel(z.object({ path: z.string().min(1).max(4096) }).strict()).returns<{
    opened: boolean;
  }>(),

  'scenarios:configuration': channel(noArgs).returns<RelanceConfiguration>(),
  'scenarios:create': channel(z.object({ input: scenarioInput }).strict()).returns<Scenario>(),
  'scenarios:update': channel(z.object({ id, input: scenarioInput }).strict()).returns<Scenario>(),
  'scenarios:copy': channel(byId).returns<Scenario>(),
  'scenarios:archive': channel(
    z.object({ id, archived: z.boolean() }).strict(),
  ).returns<Scenario>(),
  'scenarios:saveRules': channel(
    z.object({ rules: z.array(assignmentRuleInput).max(100) }).strict(),
  ).returns<AssignmentRuleInput[]>(),
  'relanceSettings:save': channel(relanceSettingsInput).returns<RelanceSettings>(),
  'smtp:save': channel(smtpInput).returns<SmtpSettings | null>(),
  'smtp:clear': channel(noArgs).returns<null>(),
};
