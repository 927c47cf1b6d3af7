import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { addDebtorWithInvoices, createRelanceFile } from './relance-setup';

describe('the backup before a batch of relances', () => {
  let test: TestWorkspace;
  let durand: number;

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await createRelanceFile(test);
    durand = (
      await addDebtorWithInvoices(test, { name: 'Menuiserie Durand' }, [
        ['FA-1', '2026-11-20', 120_000],
      ])
    ).debtorId;
  });

  afterEach(() => test.dispose());

  it('backs the file up before the batch writes anything', async () => {
    const { jobId } = await test.call('relance:runBatch', { send: false });
    const status = await test.workspace.jobs.wait(jobId);

    const backups = await test.call('backups:list', {});
    expect(status.state).toBe('done');
    expect(backups.entries.map((entry) => entry.reason)).toEqual(['avant-relances']);
  });

  it('does not start the batch when the backup cannot be taken', async () => {
    // A file where the backups folder should be: the copy cannot be written.
    fs.writeFileSync(path.join(test.directory, 'sauvegardes'), '');

    const { jobId } = await test.call('relance:runBatch', { send: false });
    const status = await test.workspace.jobs.wait(jobId);
    const view = await test.call('relance:debtor', { debtorId: durand });

    expect(status.state).toBe('failed');
    expect(status.error?.message).toContain('L’opération n’a pas été lancée.');
    expect(view.history).toEqual([]);
    expect(fs.existsSync(path.join(test.directory, 'relances'))).toBe(false);
  });

  it('takes no backup when there is nothing to send', async () => {
    test.setToday('2026-11-01');

    const { jobId } = await test.call('relance:runBatch', { send: false });
    await test.workspace.jobs.wait(jobId);

    expect((await test.call('backups:list', {})).entries).toEqual([]);
  });
});
