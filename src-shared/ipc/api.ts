import type { ArgsOf, ChannelName, ValueOf } from './contract';
import type { Result } from './errors';

/** The typed functions the renderer calls: one per channel, each answering a Result. */
export type RecouvraApi = {
  [C in ChannelName]: (args: ArgsOf<C>) => Promise<Result<ValueOf<C>>>;
};

/** The name under which the preload exposes the API on `window`. */
export const API_GLOBAL_NAME = 'recouvra';
