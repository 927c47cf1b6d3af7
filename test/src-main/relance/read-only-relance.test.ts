import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../src-shared/relance/relance-view';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';

describe('relances from an app that holds the file read-only', () => {
  let holder: TestWorkspace;
  let reader: TestWorkspace;
  let item: AgendaItem;

  beforeAll(async () => {
    holder = createTestWorkspace('2026-12-03');
    reader = createTestWorkspace('2026-12-03');
    const file = path.join(holder.directory, 'demo.sqlite');
    await holder.call('file:createDemo', { path: file, debtors: 40 });
    await reader.call('file:open', { path: file });
    item = (await reader.call('relance:agenda', {})).items.find(
      (candidate) => candidate.channel === 'email',
    )!;
  }, 120_000);

  afterAll(async () => {
    await reader.dispose();
    await holder.dispose();
  });

  it('refuses the batch at once, writing no letter and no e-mail', async () => {
    const error = await reader.callError('relance:runBatch', { send: false });

    expect(error.code).toBe('READ_ONLY');
    expect(error.message).toContain('ouvert en écriture par Test');
    expect(fs.existsSync(path.join(reader.directory, 'relances'))).toBe(false);
  });

  it('refuses one relance before its e-mail is written, and leaves it on the agenda', async () => {
    const error = await reader.callError('relance:do', {
      debtorId: item.debtorId,
      scenarioId: item.scenarioId,
      stepIndex: item.stepIndex,
      subject: null,
      body: null,
      send: false,
    });

    expect(error.code).toBe('READ_ONLY');
    expect(fs.existsSync(path.join(reader.directory, 'relances'))).toBe(false);
    const agenda = await holder.call('relance:agenda', {});
    expect(agenda.items.map((candidate) => candidate.debtorId)).toContain(item.debtorId);
  });
});
