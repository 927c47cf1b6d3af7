import {
  DEFAULT_RELANCE_SETTINGS,
  validateRelanceSettings,
  type RelanceSettings,
} from '../../src-shared/relance/relance-settings';
import {
  validateSmtpInput,
  type SmtpInput,
  type SmtpSettings,
} from '../../src-shared/relance/smtp-settings';
import { hasFieldErrors } from '../../src-shared/domain/field-errors';
import { recordChange } from '../audit/audit-trail';
import { validationError } from '../errors/app-error';
import { inTransaction, type Queryable, type ServiceContext } from '../workspace/service-context';

/** The keys of the `settings` table the relance engine owns. */
export const RELANCE_SETTING_KEYS = {
  minGapDays: 'relance.minGapDays',
  allowWeekends: 'relance.allowWeekends',
  defaultScenarioId: 'relance.defaultScenarioId',
  outputDirectory: 'relance.outputDirectory',
  smtpHost: 'smtp.host',
  smtpPort: 'smtp.port',
  smtpSecure: 'smtp.secure',
  smtpUser: 'smtp.user',
  smtpPassword: 'smtp.password',
  smtpFrom: 'smtp.from',
} as const;

async function readKeys(db: Queryable): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('settings')
    .selectAll()
    .where('key', 'in', Object.values(RELANCE_SETTING_KEYS))
    .execute();
  return new Map(rows.map((row) => [row.key, row.value]));
}

async function writeKeys(
  trx: Queryable,
  context: ServiceContext,
  values: Record<string, string | null>,
): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    const before = await trx
      .selectFrom('settings')
      .selectAll()
      .where('key', '=', key)
      .executeTakeFirst();
    if ((before?.value ?? null) === value) continue;
    if (value === null) await trx.deleteFrom('settings').where('key', '=', key).execute();
    else {
      await trx
        .insertInto('settings')
        .values({ key, value })
        .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
        .execute();
    }
    // The password never goes into the audit trail, only the fact that it changed.
    const shown = (text: string | null | undefined) =>
      key === RELANCE_SETTING_KEYS.smtpPassword && text ? '••••••' : (text ?? null);
    await recordChange(trx, context, {
      table: 'settings',
      rowId: 0,
      action: 'update',
      before: { key, value: shown(before?.value) },
      after: { key, value: shown(value) },
    });
  }
}

/** The guardrails and defaults of the relance engine, with their defaults where unset. */
export async function readRelanceSettings(db: Queryable): Promise<RelanceSettings> {
  const values = await readKeys(db);
  const gap = Number(values.get(RELANCE_SETTING_KEYS.minGapDays));
  const defaultId = Number(values.get(RELANCE_SETTING_KEYS.defaultScenarioId));
  return {
    minGapDays:
      Number.isInteger(gap) && values.has(RELANCE_SETTING_KEYS.minGapDays)
        ? gap
        : DEFAULT_RELANCE_SETTINGS.minGapDays,
    allowWeekends: values.get(RELANCE_SETTING_KEYS.allowWeekends) === 'true',
    defaultScenarioId: Number.isInteger(defaultId) && defaultId > 0 ? defaultId : null,
    outputDirectory: values.get(RELANCE_SETTING_KEYS.outputDirectory) ?? null,
  };
}

/** Saves the relance settings after checking them; every change is audited. */
export async function saveRelanceSettings(
  context: ServiceContext,
  settings: RelanceSettings,
): Promise<RelanceSettings> {
  const errors = validateRelanceSettings(settings);
  if (hasFieldErrors(errors)) throw validationError(errors);
  return inTransaction(context, async (trx) => {
    if (settings.defaultScenarioId !== null) {
      const scenario = await trx
        .selectFrom('relanceScenarios')
        .select('id')
        .where('id', '=', settings.defaultScenarioId)
        .where('archived', '=', 0)
        .executeTakeFirst();
      if (!scenario) {
        throw validationError({
          defaultScenarioId: 'Ce plan de relance n’existe plus ou est archivé.',
        });
      }
    }
    await writeKeys(trx, context, {
      [RELANCE_SETTING_KEYS.minGapDays]: String(settings.minGapDays),
      [RELANCE_SETTING_KEYS.allowWeekends]: String(settings.allowWeekends),
      [RELANCE_SETTING_KEYS.defaultScenarioId]:
        settings.defaultScenarioId === null ? null : String(settings.defaultScenarioId),
      [RELANCE_SETTING_KEYS.outputDirectory]: settings.outputDirectory?.trim() || null,
    });
    return readRelanceSettings(trx);
  });
}

/** The SMTP account with its password, for the sender only; null when none is configured. */
export async function readSmtpAccount(
  db: Queryable,
): Promise<(Omit<SmtpSettings, 'hasPassword'> & { password: string | null }) | null> {
  const values = await readKeys(db);
  const host = values.get(RELANCE_SETTING_KEYS.smtpHost);
  const from = values.get(RELANCE_SETTING_KEYS.smtpFrom);
  if (!host || !from) return null;
  return {
    host,
    port: Number(values.get(RELANCE_SETTING_KEYS.smtpPort) ?? 587),
    secure: values.get(RELANCE_SETTING_KEYS.smtpSecure) === 'true',
    user: values.get(RELANCE_SETTING_KEYS.smtpUser) ?? null,
    password: values.get(RELANCE_SETTING_KEYS.smtpPassword) ?? null,
    from,
  };
}

/** The SMTP settings as the screen shows them: never the password itself. */
export async function readSmtpSettings(db: Queryable): Promise<SmtpSettings | null> {
  const account = await readSmtpAccount(db);
  if (!account) return null;
  const { password, ...rest } = account;
  return { ...rest, hasPassword: password !== null };
}

/** Saves the SMTP account (kept in the file's settings table; see README, Limitations). */
export async function saveSmtpSettings(
  context: ServiceContext,
  input: SmtpInput,
): Promise<SmtpSettings | null> {
  const errors = validateSmtpInput(input);
  if (hasFieldErrors(errors)) throw validationError(errors);
  return inTransaction(context, async (trx) => {
    const values: Record<string, string | null> = {
      [RELANCE_SETTING_KEYS.smtpHost]: input.host.trim(),
      [RELANCE_SETTING_KEYS.smtpPort]: String(input.port),
      [RELANCE_SETTING_KEYS.smtpSecure]: String(input.secure),
      [RELANCE_SETTING_KEYS.smtpUser]: input.user?.trim() || null,
      [RELANCE_SETTING_KEYS.smtpFrom]: input.from.trim(),
    };
    if (input.password !== null) {
      values[RELANCE_SETTING_KEYS.smtpPassword] = input.password === '' ? null : input.password;
    }
    await writeKeys(trx, context, values);
    return readSmtpSettings(trx);
  });
}

/** Forgets the SMTP account: e-mails are then prepared as drafts only. */
export async function clearSmtpSettings(context: ServiceContext): Promise<null> {
  return inTransaction(context, async (trx) => {
    const keys = Object.entries(RELANCE_SETTING_KEYS)
      .filter(([name]) => name.startsWith('smtp'))
      .map(([, key]) => [key, null] as const);
    await writeKeys(trx, context, Object.fromEntries(keys));
    return null;
  });
}
