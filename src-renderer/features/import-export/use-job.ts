import { useCallback, useEffect, useState } from 'react';
import type { JobStatus } from '../../../src-shared/domain/job';
import { ApiError, call } from '../../api/client';

const POLL_MS = 250;

/** A long task of the main process followed from here: its status, polled, and a cancel. */
export interface JobState {
  status: JobStatus | null;
  error: string | null;
  running: boolean;
  /** Starts following the job a channel just started. */
  follow(started: Promise<{ jobId: string }>): Promise<void>;
  cancel(): void;
  reset(): void;
}

/** Follows one job at a time until it ends (done, failed or cancelled). */
export function useJob(): JobState {
  const [status, setStatus] = useState<JobStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!status || status.state !== 'running') return;
    const timer = setTimeout(() => {
      call('jobs:status', { id: status.id }).then(setStatus, (failure: unknown) =>
        setError(failure instanceof ApiError ? failure.message : 'Erreur inattendue.'),
      );
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const follow = useCallback(async (started: Promise<{ jobId: string }>) => {
    setError(null);
    setStatus(null);
    try {
      const { jobId } = await started;
      setStatus(await call('jobs:status', { id: jobId }));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'Erreur inattendue.');
    }
  }, []);

  const cancel = useCallback(() => {
    if (status?.state !== 'running') return;
    call('jobs:cancel', { id: status.id }).then(setStatus, (failure: unknown) =>
      setError(failure instanceof ApiError ? failure.message : 'Erreur inattendue.'),
    );
  }, [status]);

  const reset = useCallback(() => {
    setStatus(null);
    setError(null);
  }, []);

  return {
    status,
    error: error ?? (status?.state === 'failed' ? (status.error?.message ?? null) : null),
    running: status?.state === 'running',
    follow,
    cancel,
    reset,
  };
}
