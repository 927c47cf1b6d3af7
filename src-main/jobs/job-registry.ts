import { randomUUID } from 'node:crypto';
import type { JobProgress, JobStatus } from '../../src-shared/domain/job';
import { AppError } from '../errors/app-error';
import { toErrorData } from '../errors/to-error-data';
import { createLogger } from '../logging/logger';

const log = createLogger('jobs');
const KEEP_FINISHED = 20;

/** What a running task receives: a signal to honour and a way to report progress. */
export interface JobHandle {
  signal: AbortSignal;
  report(progress: JobProgress): void;
}

/**
 * Long tasks of the main process (imports, batches of documents). A call
 * starts one and returns its id at once; the renderer polls its status,
 * which drives a progress bar, and may cancel it. The same mechanism serves
 * Electron and the bridge, since both only answer calls.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, { status: JobStatus; controller: AbortController }>();

  /** Starts a task in the background and returns its id. */
  start<T>(kind: string, work: (handle: JobHandle) => Promise<T>): string {
    const id = randomUUID();
    const controller = new AbortController();
    const status: JobStatus = {
      id,
      kind,
      state: 'running',
      progress: { done: 0, total: null, label: 'Démarrage…' },
      result: null,
      error: null,
      startedAt: new Date().toISOString(),
    };
    this.jobs.set(id, { status, controller });
    this.forgetOldJobs();
    const started = performance.now();
    const handle: JobHandle = {
      signal: controller.signal,
      report: (progress) => {
        status.progress = progress;
      },
    };
    work(handle).then(
      (result) => {
        status.state = controller.signal.aborted ? 'cancelled' : 'done';
        status.result = result;
        log.info('job finished', { kind, ms: Math.round(performance.now() - started) });
      },
      (error: unknown) => {
        const data = toErrorData(error);
        status.state =
          controller.signal.aborted || data.code === 'CANCELLED' ? 'cancelled' : 'failed';
        status.error = data;
        if (status.state === 'failed' && !(error instanceof AppError)) {
          log.error('job failed', error, { kind });
        }
      },
    );
    return id;
  }

  /** The status of a task, or a French error when it is unknown. */
  status(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job)
      throw new AppError('NOT_FOUND', 'Cette tâche est introuvable (terminée depuis longtemps ?).');
    return { ...job.status, progress: { ...job.status.progress } };
  }

  /** Asks a task to stop; it ends as « cancelled » once it has undone its work. */
  cancel(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', 'Cette tâche est introuvable.');
    job.controller.abort();
    return this.status(id);
  }

  /** Resolves when a task has finished (tests and the command line). */
  async wait(id: string, pollMs = 20): Promise<JobStatus> {
    for (;;) {
      const status = this.status(id);
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((job) => job.status.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.jobs.delete(job.status.id);
    }
  }
}
