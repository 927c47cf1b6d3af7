import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { riskClassesOf } from '../../../src-main/relance/risk-class-source';
import { plugRiskClassesIntoRelance } from '../../../src-main/risk/relance-risk-source';
import { riskClass, riskClasses } from '../../../src-main/risk/risk-service';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor, sampleInvoice } from '../../support/sample-inputs';

describe('credit limit', () => {
  let test: TestWorkspace;
  let debtorId: number;

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await test.call('file:create', {
      path: path.join(test.directory, 'dossier.sqlite'),
      companyName: 'Atelier Lumière SAS',
    });
    debtorId = (await test.call('debtors:create', { input: sampleDebtor() })).id;
    await test.call('invoices:add', { input: sampleInvoice(debtorId) });
  });

  afterEach(() => test.dispose());

  it('warns when the open amount passes the limit set by hand', async () => {
    const risk = await test.call('risk:setCreditLimit', {
      debtorId,
      limitCents: 100000,
      note: 'Accord du gérant',
    });

    expect(risk.creditLimit.manual).toMatchObject({ limitCents: 100000, note: 'Accord du gérant' });
    expect(risk.creditLimit.status).toEqual({
      limitCents: 100000,
      source: 'manuel',
      exceeded: true,
      excessCents: 20000,
    });
  });

  it('records who changed the limit in the audit trail and on the timeline', async () => {
    await test.call('risk:setCreditLimit', { debtorId, limitCents: 500000, note: null });
    await test.call('risk:setCreditLimit', { debtorId, limitCents: null, note: null });

    const db = test.workspace.context().database.db;
    const audit = await db
      .selectFrom('auditLog')
      .selectAll()
      .where('tableName', '=', 'credit_limits')
      .orderBy('id')
      .execute();
    const file = await test.call('debtors:get', { id: debtorId });
    const events = file.events.filter((event) => event.kind === 'credit_limit_set');

    expect(audit.map((row) => [row.action, row.actor])).toEqual([
      ['insert', 'Test'],
      ['update', 'Test'],
    ]);
    expect(JSON.parse(audit[1]!.afterJson ?? 'null')).toBeNull();
    expect(events.map((event) => event.summary.replace(/\s/g, ' '))).toEqual([
      'Plafond de crédit fixé à 5 000,00 €',
      'Plafond de crédit manuel retiré : le plafond suggéré s’applique',
    ]);
  });

  it('goes back to the suggested limit once the one set by hand is removed', async () => {
    await test.call('risk:setCreditLimit', { debtorId, limitCents: 500000, note: null });

    const risk = await test.call('risk:setCreditLimit', { debtorId, limitCents: null, note: null });

    expect(risk.creditLimit.manual).toBeNull();
    expect(risk.creditLimit.status.source).toBe(
      risk.creditLimit.suggestion.limitCents === null ? 'aucun' : 'suggere',
    );
  });

  it('refuses a negative limit by its field and keeps the previous one', async () => {
    await test.call('risk:setCreditLimit', { debtorId, limitCents: 500000, note: null });

    const error = await test.callError('risk:setCreditLimit', {
      debtorId,
      limitCents: -100,
      note: null,
    });
    const risk = await test.call('risk:debtor', { id: debtorId });

    expect(error.fieldErrors?.limitCents).toBe('Le plafond doit être un montant positif ou nul.');
    expect(risk.creditLimit.manual?.limitCents).toBe(500000);
  });

  it('refuses to change the limit of an archived debtor', async () => {
    await test.call('debtors:archive', { id: debtorId });

    const error = await test.callError('risk:setCreditLimit', {
      debtorId,
      limitCents: 1000,
      note: null,
    });

    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('archivé');
  });

  it('gives the relance engine each debtor’s class, one by one or for the whole file', async () => {
    const context = test.workspace.context();
    const risk = await test.call('risk:debtor', { id: debtorId });

    expect(await riskClass(context, debtorId)).toBe(risk.assessment.riskClass);
    expect((await riskClasses(context)).get(debtorId)).toBe(risk.assessment.riskClass);
    expect(await riskClass(context, 999)).toBeNull();
  });

  it('answers the relance engine’s plug with the same classes', async () => {
    const risk = await test.call('risk:debtor', { id: debtorId });
    plugRiskClassesIntoRelance(() => '2026-12-03');

    const classes = await riskClassesOf(test.workspace.context().database.db, [debtorId, 999]);

    plugRiskClassesIntoRelance();
    expect([...classes]).toEqual([[debtorId, risk.assessment.riskClass]]);
  });
});
