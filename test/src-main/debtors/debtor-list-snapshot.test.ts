import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { debtorListSnapshot } from '../../../src-main/debtors/debtor-list-snapshot';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor } from '../../support/sample-inputs';

describe('debtorListSnapshot', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace();
    await test.call('file:create', {
      path: path.join(test.directory, 'dossier.sqlite'),
      companyName: 'Recouvra Test SAS',
    });
    await test.call('debtors:create', { input: sampleDebtor() });
  });

  afterEach(() => test.dispose());

  const snapshot = () => {
    const { database } = test.workspace.context();
    return debtorListSnapshot(database, '2026-12-03');
  };

  it('is kept across the file lock’s heartbeat and other bookkeeping writes', async () => {
    const before = await snapshot();

    test.workspace
      .context()
      .database.sqlite.exec("INSERT INTO settings (key, value) VALUES ('bench_probe', '1')");

    expect(await snapshot()).toBe(before);
  });

  it('is rebuilt when a debtor is renamed or archived', async () => {
    const before = await snapshot();
    const id = before.rows[0]!.id;

    await test.call('debtors:update', { id, input: sampleDebtor({ name: 'Nouveau Nom SARL' }) });
    const renamed = await snapshot();
    await test.call('debtors:archive', { id });

    expect(renamed).not.toBe(before);
    expect(renamed.rows[0]!.displayName).toBe('Nouveau Nom SARL');
    expect((await snapshot()).rows[0]!.archived).toBe(true);
  });
});
