import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { openCompanyFile } from './legal-fixture';

describe('legal settings', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await openCompanyFile(test);
  });

  afterEach(() => test.dispose());

  it('lists what today’s computations lack, until the user adds the half-year rates', async () => {
    const before = await test.call('legal:settings', {});
    await test.call('legal:saveEcbRate', {
      input: { effective: '2026-07-01', rateBp: 215, source: 'BCE, taux inchangé' },
    });
    const after = await test.call('legal:saveLegalRate', {
      input: { start: '2026-07-01', personnePhysiqueBp: 662, autresCasBp: 275, source: 'Arrêté' },
    });

    expect(before.missing).toEqual([
      expect.stringContaining('Le taux de la BCE en vigueur au 1er juillet 2026'),
      expect.stringContaining("Le taux de l'intérêt légal du 2e semestre 2026"),
    ]);
    expect(after.missing).toEqual([]);
    expect(after.legalRates.at(-1)).toMatchObject({
      start: '2026-07-01',
      end: '2026-12-31',
      autresCasBp: 275,
      origin: 'user',
    });
  });

  it('refuses a taux légal that does not start a half-year, keeping the field message', async () => {
    const error = await test.callError('legal:saveLegalRate', {
      input: { start: '2026-08-01', personnePhysiqueBp: 662, autresCasBp: 275, source: 'Arrêté' },
    });

    expect(error.fieldErrors?.start).toContain('1er janvier ou le 1er juillet');
  });

  it('removes a typed rate, the shipped table applying again, and audits both', async () => {
    await test.call('legal:saveEcbRate', {
      input: { effective: '2026-07-01', rateBp: 215, source: 'BCE' },
    });

    const settings = await test.call('legal:removeUserRate', { table: 'ecb', date: '2026-07-01' });
    const audit = test.workspace
      .context()
      .database.sqlite.prepare(
        "SELECT action, row_id FROM audit_log WHERE table_name = 'user_ecb_rates' ORDER BY id",
      )
      .all();

    expect(settings.ecbRates.some((row) => row.origin === 'user')).toBe(false);
    expect(audit).toEqual([
      { action: 'insert', row_id: 20260701 },
      { action: 'archive', row_id: 20260701 },
    ]);
  });

  it('keeps the day count, the contractual rate and the mise en demeure deadline', async () => {
    const saved = await test.call('legal:updateOptions', {
      options: { dayCount: 'actual', contractualRateBp: 1500, miseEnDemeureDays: 15 },
    });
    const reread = await test.call('legal:settings', {});

    expect(saved).toEqual({ dayCount: 'actual', contractualRateBp: 1500, miseEnDemeureDays: 15 });
    expect(reread.options).toEqual(saved);
  });

  it('refuses a mise en demeure deadline of zero days', async () => {
    const error = await test.callError('legal:updateOptions', {
      options: { dayCount: '365', contractualRateBp: null, miseEnDemeureDays: 0 },
    });

    expect(error.fieldErrors?.miseEnDemeureDays).toContain('de 1 à 90 jours');
  });

  it('keeps a directory of commissaires de justice and lawyers, archived entries left out', async () => {
    const added = await test.call('legalContacts:add', {
      input: {
        kind: 'commissaire',
        name: 'Luc Bernard',
        firm: null,
        addressLine1: null,
        postalCode: null,
        city: null,
        email: 'etude@bernard.example',
        phone: '01 48 00 00 00',
        notes: null,
      },
    });
    await test.call('legalContacts:archive', { id: added.id });

    expect(added.phone).toBe('+33148000000');
    expect(await test.call('legalContacts:list', {})).toEqual([]);
    expect(await test.call('legalContacts:list', { includeArchived: true })).toMatchObject([
      { name: 'Luc Bernard', archived: true },
    ]);
  });

  it('refuses a directory entry with an invalid e-mail', async () => {
    const error = await test.callError('legalContacts:add', {
      input: {
        kind: 'avocat',
        name: 'Claire Petit',
        firm: null,
        addressLine1: null,
        postalCode: null,
        city: null,
        email: 'claire.petit',
        phone: null,
        notes: null,
      },
    });

    expect(error.fieldErrors?.email).toContain('claire.petit');
  });

  it('refuses an ECB or taux légal entry over 30 %, and a taux légal of 0, saving none', async () => {
    const ecb = await test.callError('legal:saveEcbRate', {
      input: { effective: '2026-07-01', rateBp: 99_999, source: 'BCE' },
    });
    const legal = await test.callError('legal:saveLegalRate', {
      input: { start: '2026-07-01', personnePhysiqueBp: 3001, autresCasBp: 0, source: 'Arrêté' },
    });
    const settings = await test.call('legal:settings', {});

    expect(ecb.fieldErrors?.rateBp).toBe(
      'Le taux doit être compris entre 0 % et 30 % : vérifiez la saisie (ex. 2,15).',
    );
    expect(legal.fieldErrors?.personnePhysiqueBp).toContain('au plus de 30 %');
    expect(legal.fieldErrors?.autresCasBp).toContain('supérieur à 0 %');
    expect(settings.ecbRates.some((row) => row.origin === 'user')).toBe(false);
    expect(settings.legalRates.some((row) => row.origin === 'user')).toBe(false);
  });

  it('accepts an ECB rate of 0 % (the rate of 2016 to 2022) and one of 30 %', async () => {
    await test.call('legal:saveEcbRate', {
      input: { effective: '2026-07-01', rateBp: 0, source: 'BCE' },
    });
    const settings = await test.call('legal:saveEcbRate', {
      input: { effective: '2026-09-16', rateBp: 3000, source: 'BCE' },
    });

    expect(settings.ecbRates.slice(-2).map((row) => row.rateBp)).toEqual([0, 3000]);
  });

  it('refuses a contractual rate of 0 %, keeping the statutory rate', async () => {
    const error = await test.callError('legal:updateOptions', {
      options: { dayCount: '365', contractualRateBp: 0, miseEnDemeureDays: 8 },
    });
    const settings = await test.call('legal:settings', {});

    expect(error.fieldErrors?.contractualRateBp).toContain('Un taux contractuel de 0 % est refusé');
    expect(settings.options.contractualRateBp).toBeNull();
  });
});
