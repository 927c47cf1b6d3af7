import {
  isChannelName,
  type ChannelName,
  type ParsedArgsOf,
  type ValueOf,
} from '../../src-shared/ipc/contract';
import type { Result } from '../../src-shared/ipc/errors';
import { AppError } from '../errors/app-error';
import { isExpectedError, toErrorData } from '../errors/to-error-data';
import { createLogger } from '../logging/logger';
import { checkArguments } from './check-arguments';
import type { HandlerContext } from './handler-context';

const log = createLogger('ipc');

/** The function behind one channel. */
export type Handler<C extends ChannelName> = (
  args: ParsedArgsOf<C>,
  context: HandlerContext,
) => Promise<ValueOf<C>> | ValueOf<C>;

/** One handler per channel of the contract; the compiler checks that none is missing. */
export type HandlerRegistry = { [C in ChannelName]: Handler<C> };

/**
 * The single entry point of every call, from Electron's IPC or from the
 * loopback bridge: checks the channel, validates the argument against the
 * contract, runs the handler, and turns any failure into error data.
 */
export async function dispatch(
  registry: HandlerRegistry,
  context: HandlerContext,
  channel: string,
  rawArgs: unknown,
): Promise<Result<unknown>> {
  const started = performance.now();
  if (!isChannelName(channel)) {
    log.warn('unknown channel refused', { channel: channel.slice(0, 60) });
    return failure(new AppError('UNSUPPORTED', 'Cette action n’existe pas dans cette version.'));
  }

  const parsed = checkArguments(channel, rawArgs);
  if (!parsed.ok) {
    log.warn('invalid arguments refused', { channel, field: parsed.field });
    return failure(parsed.error);
  }

  try {
    const handler = registry[channel] as Handler<typeof channel>;
    const value = await handler(parsed.data as never, context);
    const elapsed = Math.round(performance.now() - started);
    if (elapsed > 200) log.warn('slow call', { channel, ms: elapsed });
    return { ok: true, value };
  } catch (error) {
    if (isExpectedError(error)) {
      log.info('call refused', { channel, code: (error as AppError).code });
    } else {
      log.error('call failed', error, { channel });
    }
    return failure(error);
  }
}

function failure(error: unknown): Result<never> {
  return { ok: false, error: toErrorData(error) };
}
