import { z } from 'zod';
import { describeArgumentPath } from '../../src-shared/ipc/argument-labels';
import { contract, type ChannelName } from '../../src-shared/ipc/contract';
import { AppError } from '../errors/app-error';

// zod's messages reach the screen when a call is malformed (a form sending text where the
// contract wants cents, an outdated script on the command line): they must be in French like
// every other message. The locale is process-wide; it is set here, where every call is checked.
z.config(z.locales.fr());

/** An argument checked against its channel's schema: the parsed value, or why it was refused. */
export type CheckedArguments =
  { ok: true; data: unknown } | { ok: false; error: AppError; field: string };

/** Validates a call's argument against the contract, with a French message naming the field. */
export function checkArguments(channel: ChannelName, rawArgs: unknown): CheckedArguments {
  const parsed = contract[channel].args.safeParse(rawArgs ?? {});
  if (parsed.success) return { ok: true, data: parsed.data };

  const issue = parsed.error.issues[0];
  const path = issue?.path ?? [];
  const where = describeArgumentPath(path);
  const why = issue?.message ?? 'valeur inattendue';
  return {
    ok: false,
    field: path.map(String).join('.') || 'argument',
    error: new AppError('VALIDATION', `La demande envoyée est invalide (${where} : ${why}).`),
  };
}
