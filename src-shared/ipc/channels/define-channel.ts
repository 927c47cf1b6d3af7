import type { z } from 'zod';

/** A channel: the schema its argument must pass in main, and the type of its value. */
export interface ChannelDefinition<Args extends z.ZodType, Value> {
  args: Args;
  /** Carries the value's type only; never read at run time. */
  value: Value;
}

/** `channel(schema).returns<Value>()`: pairs an argument schema with the value type. */
export const channel = <Args extends z.ZodType>(args: Args) => ({
  returns: <Value>(): ChannelDefinition<Args, Value> => ({
    args,
    value: undefined as unknown as Value,
  }),
});
