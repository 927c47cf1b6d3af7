import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../src-main/workspace/workspace';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor } from '../../support/sample-inputs';

describe('the user who works at this machine', () => {
  let test: TestWorkspace;
  let file: string;

  beforeEach(async () => {
    test = createTestWorkspace();
    file = path.join(test.directory, 'dossier.sqlite');
    await test.call('file:create', { path: file, companyName: 'Recouvra Test SAS' });
  });

  afterEach(() => test.dispose());

  async function lastAuditUser(): Promise<string> {
    const row = await test.workspace
      .context()
      .database.db.selectFrom('auditLog')
      .select('actor')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    return row.actor;
  }

  it('signs changes with the system login until someone is chosen', async () => {
    await test.call('debtors:create', { input: sampleDebtor() });

    expect(await test.call('session:currentUser', {})).toEqual({
      user: null,
      fallbackName: 'Test',
    });
    expect(await lastAuditUser()).toBe('Test');
  });

  it('signs every change with the chosen user, and remembers the choice for the file', async () => {
    const marie = await test.call('users:add', {
      input: { name: 'Marie Lefèvre', email: null, active: true },
    });

    const chosen = await test.call('session:chooseUser', { userId: marie.id });
    await test.call('debtors:create', { input: sampleDebtor() });
    await test.call('file:close', {});
    await test.call('file:open', { path: file });

    expect(chosen.user?.name).toBe('Marie Lefèvre');
    expect(await lastAuditUser()).toBe('Marie Lefèvre');
    expect((await test.call('session:currentUser', {})).user?.id).toBe(marie.id);
  });

  it('keeps the choice on this machine: another user data folder signs with its own login', async () => {
    const marie = await test.call('users:add', {
      input: { name: 'Marie Lefèvre', email: null, active: true },
    });
    await test.call('session:chooseUser', { userId: marie.id });
    await test.call('file:close', {});

    const other = new Workspace({
      dataDirectory: path.join(test.directory, 'autre-poste'),
      actor: 'Comptable',
      maintenanceEveryMs: 0,
    });
    await other.openFile(file);

    expect(other.currentUser()).toBeNull();
    expect(other.context().actor).toBe('Comptable');
    await other.closeFile();
  });

  it('refuses an inactive user, and falls back to the login when the chosen one leaves', async () => {
    const paul = await test.call('users:add', {
      input: { name: 'Paul Martin', email: null, active: true },
    });
    await test.call('session:chooseUser', { userId: paul.id });

    await test.call('users:update', {
      id: paul.id,
      input: { name: 'Paul Martin', email: null, active: false },
    });
    const refusal = await test.callError('session:chooseUser', { userId: paul.id });

    expect(refusal.message).toBe(
      'Paul Martin est marqué comme inactif : réactivez-le dans les réglages.',
    );
    expect(test.workspace.context().actor).toBe('Test');
  });
});
