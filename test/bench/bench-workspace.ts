import fs from 'node:fs';
import path from 'node:path';
import type { ArgsOf, ChannelName, ValueOf } from '../../src-shared/ipc/contract';
import type { JobStatus } from '../../src-shared/domain/job';
import { dispatch } from '../../src-main/ipc/dispatch';
import type { HandlerContext } from '../../src-main/ipc/handler-context';
import { handlers } from '../../src-main/ipc/handlers';
import { plugRiskClassesIntoRelance } from '../../src-main/risk/relance-risk-source';
import { Workspace } from '../../src-main/workspace/workspace';
import type { BenchContext } from './bench-case';

/** The app's main process around one file: its channels, as the screens call them. */
export interface BenchWorkspace {
  workspace: Workspace;
  /** Calls a channel through the real dispatch (argument checks included); throws on an error. */
  call<C extends ChannelName>(channel: C, args: ArgsOf<C>): Promise<ValueOf<C>>;
  /** Waits for a job started by a channel and returns its status once it has ended. */
  finish(jobId: string): Promise<JobStatus>;
  close(): Promise<void>;
}

/**
 * Opens the demo file of the context as the app would. Cases that write (documents, batches)
 * get a copy in the scratch folder, so the cached demo file stays as generated; cases that only
 * read open the cached file itself, read-only. The backup on opening and the lock heartbeat are
 * left out: they are upkeep, not the work measured.
 */
export async function openBenchWorkspace(
  { demoFile, scratch, today }: BenchContext,
  mode: 'read' | 'write',
  name: string,
): Promise<BenchWorkspace> {
  const dataDirectory = path.join(scratch, `donnees-${name}`);
  fs.mkdirSync(dataDirectory, { recursive: true });
  let file = demoFile;
  if (mode === 'write') {
    file = path.join(dataDirectory, path.basename(demoFile));
    fs.copyFileSync(demoFile, file);
  }
  const workspace = new Workspace({
    dataDirectory,
    actor: 'benchmark',
    today: () => today,
    now: () => new Date(`${today}T09:00:00.000Z`),
    backupOnOpen: false,
    maintenanceEveryMs: 0,
  });
  await workspace.openFile(file, mode === 'read');
  // The app ranks the agenda by the risk classes of the machine's day, which is also its
  // workspace's day; here the workspace's day is the bench's, so the classes follow it.
  plugRiskClassesIntoRelance(() => today);
  const context: HandlerContext = {
    workspace,
    shell: 'bridge',
    dialogs: null,
    appVersion: 'bench',
  };
  return {
    workspace,
    async call(channel, args) {
      const result = await dispatch(handlers, context, channel, args);
      if (!result.ok) throw new Error(`${channel} : ${result.error.message}`);
      return result.value as never;
    },
    finish: (jobId) => workspace.jobs.wait(jobId, 5),
    async close() {
      await workspace.closeFile();
      if (mode === 'write') fs.rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}
