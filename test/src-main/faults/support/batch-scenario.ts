import type { CalendarDate } from '../../../../src-shared/dates/calendar-date';
import { dispatch } from '../../../../src-main/ipc/dispatch';
import type { HandlerContext } from '../../../../src-main/ipc/handler-context';
import { handlers } from '../../../../src-main/ipc/handlers';
import { say } from './child-output';
import { SMALL_CACHE_PAGES, workspaceIn } from './child-workspace';
import { parentSaid } from './parent-signals';

/**
 * Runs today's batch of relances through its channel, as « Lancer le lot »
 * does, once the parent says `go`. The job's progress, read here every
 * millisecond, is printed as `progress N` (the batch has finished its
 * first N debtors), then `finished <state> <failures>`.
 */
export async function relanceBatchInChild(
  file: string,
  dataDirectory: string,
  today: CalendarDate,
): Promise<void> {
  const workspace = workspaceIn(dataDirectory, 'Lot de relances', today);
  await workspace.openFile(file);
  workspace.context().database.sqlite.pragma(`cache_size = ${SMALL_CACHE_PAGES}`);
  const context: HandlerContext = { workspace, shell: 'bridge', dialogs: null, appVersion: 'test' };
  say('ready');
  await parentSaid('go');

  const started = await dispatch(handlers, context, 'relance:runBatch', {
    owner: { kind: 'tous' },
    send: false,
  });
  if (!started.ok) throw new Error(started.error.message);
  const { jobId } = started.value as { jobId: string };
  for (let shown = -1; ;) {
    const status = workspace.jobs.status(jobId);
    if (status.progress.done !== shown) {
      shown = status.progress.done;
      say(`progress ${shown}`);
    }
    if (status.state !== 'running') {
      const failures = (status.result as { failures?: unknown[] } | null)?.failures?.length;
      say(`finished ${status.state} ${failures ?? status.error?.message ?? ''}`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await workspace.closeFile();
}
