import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/errors/app-error';
import { JobRegistry } from '../../../src-main/jobs/job-registry';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('JobRegistry', () => {
  it('reports progress while a task runs and its result once done', async () => {
    const jobs = new JobRegistry();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));

    const id = jobs.start('essai', async ({ report }) => {
      report({ done: 3, total: 10, label: 'Lecture…' });
      await gate;
      return { lignes: 10 };
    });
    await tick();
    const running = jobs.status(id);
    release();
    const finished = await jobs.wait(id);

    expect(running).toMatchObject({ state: 'running', progress: { done: 3, total: 10 } });
    expect(finished).toMatchObject({ state: 'done', result: { lignes: 10 }, error: null });
  });

  it('ends a cancelled task as cancelled', async () => {
    const jobs = new JobRegistry();

    const id = jobs.start('essai', async ({ signal }) => {
      while (!signal.aborted) await tick();
      throw new AppError('CANCELLED', 'Import annulé : rien n’a été enregistré.');
    });
    jobs.cancel(id);
    const status = await jobs.wait(id);

    expect(status.state).toBe('cancelled');
    expect(status.error?.message).toContain('rien n’a été enregistré');
  });

  it('turns a failure into a French error', async () => {
    const jobs = new JobRegistry();

    const id = jobs.start('essai', async () => {
      throw new AppError('VALIDATION', 'Le fichier n’est pas un FEC.');
    });
    const status = await jobs.wait(id);

    expect(status).toMatchObject({ state: 'failed', error: { code: 'VALIDATION' } });
  });
});
