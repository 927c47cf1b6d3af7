import type { ErrorData } from '../ipc/errors';

/** How far a long task (an import, a batch of letters) has gone. */
export interface JobProgress {
  done: number;
  /** Null while the total is not known yet. */
  total: number | null;
  /** What it is doing now, in French (« Lecture du fichier… »). */
  label: string;
}

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/** A long task as the renderer polls it: its progress, then its result or error. */
export interface JobStatus {
  id: string;
  kind: string;
  state: JobState;
  progress: JobProgress;
  /** The task's value once done; its type depends on the kind. */
  result: unknown;
  error: ErrorData | null;
  startedAt: string;
}
