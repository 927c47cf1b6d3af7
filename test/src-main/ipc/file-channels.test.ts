import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';

describe('file and company channels', () => {
  let test: TestWorkspace;

  beforeEach(() => {
    test = createTestWorkspace();
  });

  afterEach(() => test.dispose());

  it('names as default folder the one where a file created without a path lands', async () => {
    const info = await test.call('app:info', {});

    const created = await test.call('file:create', { path: null, companyName: 'Atelier Test' });

    expect(info.filesDirectory).not.toBe(info.dataDirectory);
    expect(path.dirname(created.path)).toBe(info.filesDirectory);
  });

  it('refuses a company identity with a message for each wrong field', async () => {
    await test.call('file:create', {
      path: path.join(test.directory, 'dossier.sqlite'),
      companyName: 'Atelier Test',
    });
    const company = await test.call('company:get', {});

    const error = await test.callError('company:update', {
      ...company,
      siren: '732829321',
      postalCode: '99999',
      iban: 'FR7630006000011234567890188',
      shareCapitalCents: -100,
    });

    expect(error.code).toBe('VALIDATION');
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual([
      'iban',
      'postalCode',
      'shareCapitalCents',
      'siren',
    ]);
    expect(error.fieldErrors?.postalCode).toContain("n'existe pas");
    expect((await test.call('company:get', {})).siren).toBe(company.siren);
  });
});
