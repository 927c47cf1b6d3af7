import fs from 'node:fs';
import path from 'node:path';
import { it } from 'vitest';
import type { BatchResult } from '../../../src-shared/relance/relance-view';
import { createTestWorkspace } from '../../support/temp-workspace';

it('scratch', async () => {
  const test = createTestWorkspace('2026-12-03');
  await test.call('file:createDemo', {
    path: path.join(test.directory, 'demo.sqlite'),
    debtors: 40,
  });
  const { jobId } = await test.call('relance:runBatch', { send: false });
  const status = await test.workspace.jobs.wait(jobId);
  const result = status.result as BatchResult;
  console.log(JSON.stringify(result, null, 1));
  fs.rmSync('/tmp/scratch/batch', { recursive: true, force: true });
  fs.cpSync(result.folder, '/tmp/scratch/batch', { recursive: true });
  const agenda = await test.call('relance:agenda', {});
  const st = await test.call('relance:statement', {
    debtorId: agenda.items[0]!.debtorId,
    asOf: '2026-12-03',
  });
  fs.copyFileSync(st.path, '/tmp/scratch/statement.docx');
  await test.dispose();
}, 120000);
