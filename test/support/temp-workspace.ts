import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ArgsOf, ChannelName, ValueOf } from '../../src-shared/ipc/contract';
import type { ErrorData } from '../../src-shared/ipc/errors';
import { dispatch } from '../../src-main/ipc/dispatch';
import type { HandlerContext } from '../../src-main/ipc/handler-context';
import { handlers } from '../../src-main/ipc/handlers';
import { Workspace } from '../../src-main/workspace/workspace';

export interface TestWorkspace {
  directory: string;
  workspace: Workspace;
  context: HandlerContext;
  /** Moves the workspace's "today" (and its clock) to another day, for tests only. */
  setToday(date: string): void;
  /** Calls a channel and returns its value; fails the test on an error result. */
  call<C extends ChannelName>(channel: C, args: ArgsOf<C>): Promise<ValueOf<C>>;
  /** Calls a channel that must fail and returns its error data. */
  callError<C extends ChannelName>(channel: C, args: ArgsOf<C>): Promise<ErrorData>;
  dispose(): Promise<void>;
}

/** A workspace in a fresh temporary folder, with a fixed "today" that `setToday` moves. */
export function createTestWorkspace(initialToday = '2026-12-03'): TestWorkspace {
  let today = initialToday;
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-test-'));
  const workspace = new Workspace({
    dataDirectory: directory,
    actor: 'Test',
    today: () => today,
    now: () => new Date(`${today}T10:00:00.000Z`),
  });
  const context: HandlerContext = { workspace, shell: 'bridge', dialogs: null, appVersion: 'test' };
  return {
    directory,
    workspace,
    context,
    setToday(date) {
      today = date;
    },
    async call(channel, args) {
      const result = await dispatch(handlers, context, channel, args);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
      return result.value as never;
    },
    async callError(channel, args) {
      const result = await dispatch(handlers, context, channel, args);
      if (result.ok) throw new Error(`${channel} succeeded but was expected to fail`);
      return result.error;
    },
    async dispose() {
      await workspace.closeFile();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
