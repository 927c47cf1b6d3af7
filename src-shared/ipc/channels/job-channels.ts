import { z } from 'zod';
import type { JobStatus } from '../../domain/job';
import { channel } from './define-channel';

const jobId = z.object({ id: z.string().uuid() }).strict();

/** Long tasks: poll their progress, cancel them. */
export const jobChannels = {
  'jobs:status': channel(jobId).returns<JobStatus>(),
  'jobs:cancel': channel(jobId).returns<JobStatus>(),
};
