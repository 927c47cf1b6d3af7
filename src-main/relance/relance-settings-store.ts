import path from 'node:path';
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
import type { SecretStore } from '../secrets/secret-store';
import { outputFolderProblem } from './relance-output';
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
    await recordChange(trx, context, {
      table: 'settings',
      rowId: 0,
      action: 'update',
      before: { key, value: before?.value ?? null },
      after: { key, value },
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
  const folder = settings.outputDirectory?.trim() || null;
  const errors = validateRelanceSettings(settings);
  const folderProblem = folder === null ? null : outputFolderProblem(folder);
  if (folderProblem !== null) errors.outputDirectory = folderProblem;
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
      [RELANCE_SETTING_KEYS.outputDirectory]: folder === null ? null : path.resolve(folder),
    });
    return readRelanceSettings(trx);
  });
}

/** The company file's id, under which this machine keeps its secrets. */
async function fileIdOf(db: Queryable): Promise<string> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'file_id')
    .executeTakeFirst();
  // Every file carries an id since migration 6; the fallback only keeps an odd file working.
  return row?.value ?? 'fichier-sans-identifiant';
}

/** The name of the SMTP password among the secrets of a file. */
const SMTP_PASSWORD = 'smtp.password';

// The account as the file keeps it: everything but the password.
async function readAccount(db: Queryable): Promise<Omit<SmtpSettings, 'hasPassword'> | null> {
  const values = await readKeys(db);
  const host = values.get(RELANCE_SETTING_KEYS.smtpHost);
  const from = values.get(RELANCE_SETTING_KEYS.smtpFrom);
  if (!host || !from) return null;
  return {
    host,
    port: Number(values.get(RELANCE_SETTING_KEYS.smtpPort) ?? 587),
    secure: values.get(RELANCE_SETTING_KEYS.smtpSecure) === 'true',
    user: values.get(RELANCE_SETTING_KEYS.smtpUser) ?? null,
    from,
  };
}

/** The SMTP account with its password (from this machine), for the sender only; null when none. */
export async function readSmtpAccount(
  db: Queryable,
  secrets: SecretStore | null,
): Promise<(Omit<SmtpSettings, 'hasPassword'> & { password: string | null }) | null> {
  const account = await readAccount(db);
  if (!account) return null;
  const password = secrets ? await secrets.read(await fileIdOf(db), SMTP_PASSWORD) : null;
  return { ...account, password };
}

/** The SMTP settings as the screen shows them: never the password, only whether it is here. */
export async function readSmtpSettings(
  db: Queryable,
  secrets: SecretStore,
): Promise<SmtpSettings | null> {
  const account = await readAccount(db);
  if (!account) return null;
  return { ...account, hasPassword: secrets.has(await fileIdOf(db), SMTP_PASSWORD) };
}

/**
 * Saves the SMTP account: the server, user and sender in the file (they
 * travel with it), the password on this machine only (see SecretStore), so
 * that no copy of the file carries it.
 */
export async function saveSmtpSettings(
  context: ServiceContext,
  secrets: SecretStore,
  input: SmtpInput,
): Promise<SmtpSettings | null> {
  const errors = validateSmtpInput(input);
  if (hasFieldErrors(errors)) throw validationError(errors);
  await inTransaction(context, (trx) =>
    writeKeys(trx, context, {
      [RELANCE_SETTING_KEYS.smtpHost]: input.host.trim(),
      [RELANCE_SETTING_KEYS.smtpPort]: String(input.port),
      [RELANCE_SETTING_KEYS.smtpSecure]: String(input.secure),
      [RELANCE_SETTING_KEYS.smtpUser]: input.user?.trim() || null,
      [RELANCE_SETTING_KEYS.smtpFrom]: input.from.trim(),
    }),
  );
  if (input.password !== null) {
    const db = context.database.db;
    await secrets.write(await fileIdOf(db), SMTP_PASSWORD, input.password || null);
  }
  return readSmtpSettings(context.database.db, secrets);
}

/** Forgets the SMTP account, and its password on this machine: e-mails are then drafts only. */
export async function clearSmtpSettings(
  context: ServiceContext,
  secrets: SecretStore,
): Promise<null> {
  await inTransaction(context, async (trx) => {
    const keys = Object.entries(RELANCE_SETTING_KEYS)
      .filter(([name]) => name.startsWith('smtp'))
      .map(([, key]) => [key, null] as const);
    await writeKeys(trx, context, Object.fromEntries(keys));
  });
  await secrets.write(await fileIdOf(context.database.db), SMTP_PASSWORD, null);
  return null;
}
