import type { HandlerRegistry } from '../dispatch';

/** Who works at this machine on the open file. */
export const sessionHandlers = {
  'session:currentUser': (_args, { workspace }) => ({
    user: workspace.currentUser(),
    fallbackName: workspace.fallbackActor,
  }),
  'session:chooseUser': (args, { workspace }) => ({
    user: workspace.chooseCurrentUser(args.userId),
    fallbackName: workspace.fallbackActor,
  }),
} satisfies Partial<HandlerRegistry>;
