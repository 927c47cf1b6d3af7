import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleDebtor } from '../../support/sample-inputs';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { openCompanyFile } from './legal-fixture';

describe('which court hears the requête', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2025-09-30');
    await openCompanyFile(test);
  });

  afterEach(() => test.dispose());

  async function debtorIn(postalCode: string, city: string, siren = '552081317') {
    const debtor = await test.call('debtors:create', {
      input: sampleDebtor({ postalCode, city, siren, name: `Client ${city} ${siren}` }),
    });
    return debtor.id;
  }

  it('sends a commercial claim to the commercial court of the seat, and says why', async () => {
    const debtorId = await debtorIn('94000', 'Créteil');

    const { court, nature, natureIsDefault } = await test.call('legal:procedure', { debtorId });

    expect([nature, natureIsDefault]).toEqual(['commercial', true]);
    expect(court).toMatchObject({
      status: 'found',
      source: 'data',
      court: {
        name: 'Tribunal de commerce de Créteil',
        judge: 'tc',
        cerfa: { number: '12946*02' },
      },
    });
    expect(court.status === 'found' && court.explanation).toContain('CPC art. 1406');
    expect(court.status === 'found' && court.caveats[0]).toContain("n'est pas vérifiée");
  });

  it('sends a civil claim to the tribunal judiciaire once the nature is changed', async () => {
    const debtorId = await debtorIn('75011', 'Paris');

    const { court } = await test.call('legal:setNature', { debtorId, nature: 'civil' });

    expect(court).toMatchObject({
      status: 'found',
      court: {
        name: 'Tribunal judiciaire de Paris',
        judge: 'tj',
        addressVerified: true,
        cerfa: { number: '12948*06' },
      },
    });
  });

  it('asks which tribunal judiciaire of Seine-et-Marne, and keeps the choice for the commune', async () => {
    const first = await debtorIn('77200', 'Torcy');
    const second = await debtorIn('77200', 'TORCY', '732829320');
    await test.call('legal:setNature', { debtorId: first, nature: 'civil' });
    await test.call('legal:setNature', { debtorId: second, nature: 'civil' });

    const asked = await test.call('legal:procedure', { debtorId: first });
    await test.call('legal:chooseCourt', { debtorId: first, courtCode: 'tj77284' });
    const remembered = await test.call('legal:procedure', { debtorId: second });
    const commercial = await test.call('legal:setNature', {
      debtorId: second,
      nature: 'commercial',
    });

    expect(asked.court.status === 'choose' && asked.court.candidates.map((c) => c.seat)).toEqual([
      'Meaux',
      'Melun',
      'Fontainebleau',
    ]);
    expect(remembered.court).toMatchObject({
      status: 'found',
      source: 'choice',
      court: { name: 'Tribunal judiciaire de Meaux' },
    });
    expect(commercial.court).toMatchObject({ court: { name: 'Tribunal de commerce de Meaux' } });
  });

  it('decides the tribunal judiciaire of a seat commune of Seine-et-Marne without asking', async () => {
    const debtorId = await debtorIn('77000', 'Melun');
    await test.call('legal:setNature', { debtorId, nature: 'civil' });

    const { court } = await test.call('legal:procedure', { debtorId });
    const error = await test.callError('legal:chooseCourt', { debtorId, courtCode: 'tj77284' });

    expect(court).toMatchObject({
      status: 'found',
      source: 'data',
      court: { name: 'Tribunal judiciaire de Melun' },
    });
    expect(court.status === 'found' && court.explanation).toContain(
      'Melun est le siège du tribunal judiciaire de Melun',
    );
    expect(error.message).toBe("Le tribunal de cette commune n'est pas à choisir.");
  });

  it('refuses a court that is not among the candidates', async () => {
    const debtorId = await debtorIn('77200', 'Torcy');
    await test.call('legal:setNature', { debtorId, nature: 'civil' });

    const error = await test.callError('legal:chooseCourt', { debtorId, courtCode: 'tj75056' });

    expect(error.fieldErrors?.courtCode).toBe('Choisissez un des tribunaux proposés.');
  });

  it('lets the user type the court outside Île-de-France, kept for the commune, and forget it', async () => {
    const first = await debtorIn('69003', 'Lyon');
    const second = await debtorIn('69003', 'Lyon', '732829320');

    const asked = await test.call('legal:procedure', { debtorId: first });
    await test.call('legal:setManualCourt', {
      debtorId: first,
      name: 'Tribunal des activités économiques de Lyon',
      address: '44 rue de Bonnel, 69003 Lyon',
      judge: 'tae',
    });
    const remembered = await test.call('legal:procedure', { debtorId: second });
    const forgotten = await test.call('legal:forgetCourt', { debtorId: second });

    expect(asked.court.status).toBe('manual');
    expect(asked.court.status === 'manual' && asked.court.reason).toContain("hors d'Île-de-France");
    expect(remembered.court).toMatchObject({
      status: 'found',
      source: 'manual',
      court: {
        name: 'Tribunal des activités économiques de Lyon',
        cerfa: { number: '12946*02' },
      },
    });
    expect(forgotten.court.status).toBe('manual');
  });

  it('does not let a known court be overridden by hand', async () => {
    const debtorId = await debtorIn('94000', 'Créteil');

    const error = await test.callError('legal:setManualCourt', {
      debtorId,
      name: 'Autre tribunal',
      address: '',
      judge: 'tc',
    });

    expect(error.code).toBe('CONFLICT');
  });

  it('uses the address typed in the settings for a court the data leaves without one', async () => {
    const debtorId = await debtorIn('94000', 'Créteil');

    await test.call('legal:saveCourtAddress', {
      code: '9401',
      address: '1 rue Pasteur Vallery-Radot, 94000 Créteil',
    });
    const { court } = await test.call('legal:procedure', { debtorId });

    expect(court).toMatchObject({
      court: { address: '1 rue Pasteur Vallery-Radot, 94000 Créteil', addressVerified: true },
      caveats: [],
    });
  });
});
