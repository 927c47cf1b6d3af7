import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/ipc/dispatch';
import { handlers } from '../../../src-main/ipc/handlers';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { sampleInvoice } from '../../support/sample-inputs';

describe('argument checking in the dispatcher', () => {
  let test: TestWorkspace;

  beforeEach(() => {
    test = createTestWorkspace();
  });

  afterEach(() => test.dispose());

  it('refuses a wrong-typed amount with a French message naming the field in words', async () => {
    const input = { ...sampleInvoice(1), amountExclTaxCents: '1000,00' };

    const result = await dispatch(handlers, test.context, 'invoices:add', { input });

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message:
          'La demande envoyée est invalide (montant HT : ' +
          'Entrée invalide : nombre attendu, chaîne de caractères reçu).',
      },
    });
  });

  it('names the line of a list and a field it does not know', async () => {
    const allocations = [{ invoiceId: 3, amountCents: 12.5 }];
    const input = { debtorId: 1, date: '2026-11-15', amountCents: 1250, method: 'virement' };

    const line = await dispatch(handlers, test.context, 'payments:record', {
      input: { ...input, reference: null, allocations },
    });
    const unknown = await dispatch(handlers, test.context, 'debtors:get', { id: 1, extra: true });

    expect(line.ok ? '' : line.error.message).toBe(
      'La demande envoyée est invalide (montant (affectation n° 1) : ' +
        'Entrée invalide : entier attendu, nombre reçu).',
    );
    expect(unknown.ok ? '' : unknown.error.message).toBe(
      'La demande envoyée est invalide (argument : Clé non reconnue : "extra").',
    );
  });
});
