import type { JobStatus } from '../../src-shared/domain/job';
import type { ArgsOf } from '../../src-shared/ipc/contract';
import type { TestWorkspace } from './temp-workspace';

type JobChannel = 'import:fecPreview' | 'import:fecRun' | 'import:sheetRun';

/** Starts a job through its channel and waits until it has finished, whatever the outcome. */
export async function runJob<C extends JobChannel>(
  test: TestWorkspace,
  channel: C,
  args: ArgsOf<C>,
): Promise<JobStatus> {
  const { jobId } = await test.call(channel, args as never);
  return test.workspace.jobs.wait(jobId, 5);
}

/** Runs a job that must succeed and returns its result. */
export async function jobResult<T>(
  test: TestWorkspace,
  channel: JobChannel,
  args: ArgsOf<JobChannel>,
): Promise<T> {
  const status = await runJob(test, channel, args as never);
  if (status.state !== 'done') {
    throw new Error(`${channel} ended ${status.state}: ${status.error?.message ?? ''}`);
  }
  return status.result as T;
}
