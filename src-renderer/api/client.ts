import { API_GLOBAL_NAME, type RecouvraApi } from '../../src-shared/ipc/api';
import {
  CHANNEL_NAMES,
  type ArgsOf,
  type ChannelName,
  type ValueOf,
} from '../../src-shared/ipc/contract';
import type { ErrorData, Result } from '../../src-shared/ipc/errors';
import type { MenuBridge } from '../../src-shared/ipc/menu-commands';

declare global {
  interface Window {
    recouvra?: RecouvraApi;
    recouvraMenu?: MenuBridge;
  }
}

// In a browser on the loopback bridge there is no preload: the same typed
// functions are built over HTTP, with the session token the bridge wrote
// into the page.
function bridgeApi(): RecouvraApi {
  const token =
    document.querySelector<HTMLMetaElement>('meta[name="recouvra-bridge-token"]')?.content ?? '';
  const call = async (channel: ChannelName, args: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`./ipc/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Recouvra-Token': token },
        body: JSON.stringify(args ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Le serveur local de Recouvra ne répond pas.' },
      };
    }
  };
  return Object.fromEntries(
    CHANNEL_NAMES.map((channel) => [channel, (args: unknown) => call(channel, args)]),
  ) as RecouvraApi;
}

const api: RecouvraApi = window[API_GLOBAL_NAME as 'recouvra'] ?? bridgeApi();

/** An IPC failure carried as an exception inside the renderer, with its French message. */
export class ApiError extends Error {
  readonly data: ErrorData;

  constructor(data: ErrorData) {
    super(data.message);
    this.data = data;
  }
}

/** Calls a channel and returns its value, or throws an ApiError with the French message. */
export async function call<C extends ChannelName>(
  channel: C,
  args: ArgsOf<C>,
): Promise<ValueOf<C>> {
  const result = await api[channel](args);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** Calls a channel and returns the raw Result (forms use it to show field errors). */
export function callResult<C extends ChannelName>(
  channel: C,
  args: ArgsOf<C>,
): Promise<Result<ValueOf<C>>> {
  return api[channel](args);
}
