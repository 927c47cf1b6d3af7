import type { HandlerRegistry } from '../dispatch';

/** Long tasks started by other channels. */
export const jobHandlers = {
  'jobs:status': (args, { workspace }) => workspace.jobs.status(args.id),
  'jobs:cancel': (args, { workspace }) => workspace.jobs.cancel(args.id),
} satisfies Partial<HandlerRegistry>;
