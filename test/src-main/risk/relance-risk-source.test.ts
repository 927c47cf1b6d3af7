import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  registerRiskClassSource,
  riskClassesOf,
} from '../../../src-main/relance/risk-class-source';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { sampleDebtor, sampleInvoice } from '../../support/sample-inputs';

describe('the risk classes plugged into the relance engine', () => {
  let test: TestWorkspace | null = null;

  afterEach(() => test?.dispose());

  it('are plugged in by building the workspace, as of the workspace’s today', async () => {
    // Whatever loading the handlers did is undone: only the workspace may plug them in.
    registerRiskClassSource(null);
    test = createTestWorkspace('2027-06-01');
    await test.call('file:create', {
      path: path.join(test.directory, 'dossier.sqlite'),
      companyName: 'Atelier Lumière SAS',
    });
    const debtorId = (await test.call('debtors:create', { input: sampleDebtor() })).id;
    await test.call('invoices:add', {
      input: sampleInvoice(debtorId, { issueDate: '2026-12-01', dueDate: '2027-01-01' }),
    });
    const risk = await test.call('risk:debtor', { id: debtorId });

    const classes = await riskClassesOf(test.workspace.context().database.db, null);

    // Five months overdue on the workspace's today: the class says so.
    expect(risk.asOf).toBe('2027-06-01');
    expect([...classes]).toEqual([[debtorId, risk.assessment.riskClass]]);
  });
});
