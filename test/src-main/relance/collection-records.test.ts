import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatEuros } from '../../../src-shared/money/format-amount';
import { docxToText } from '../../support/docx-text';
import { plainSpaces } from '../../support/plain-spaces';
import { createTestWorkspace, type TestWorkspace } from '../../support/temp-workspace';
import { addDebtorWithInvoices, createRelanceFile } from './relance-setup';

describe('promises, payment plans and disputes', () => {
  let test: TestWorkspace;
  let debtorId: number;
  let invoiceIds: number[];

  beforeEach(async () => {
    test = createTestWorkspace('2026-12-03');
    await createRelanceFile(test);
    ({ debtorId, invoiceIds } = await addDebtorWithInvoices(test, { name: 'Menuiserie Durand' }, [
      ['FA-1', '2026-10-20', 120_000],
      ['FA-2', '2026-11-20', 60_000],
    ]));
  });

  afterEach(() => test.dispose());

  it('records a promise entered by hand, refuses more than is owed, and cancels it', async () => {
    const tooMuch = await test.callError('promises:create', {
      input: {
        debtorId,
        madeOn: '2026-12-03',
        dueOn: '2026-12-15',
        amountCents: 200_000,
        channel: 'saisie',
        note: null,
        invoiceIds: [],
      },
    });
    const promise = await test.call('promises:create', {
      input: {
        debtorId,
        madeOn: '2026-12-03',
        dueOn: '2026-12-15',
        amountCents: 120_000,
        channel: 'email',
        note: 'Par retour de mail',
        invoiceIds: [invoiceIds[0]!],
      },
    });

    const view = await test.call('relance:debtor', { debtorId });
    const cancelled = await test.call('promises:cancel', { id: promise.id });

    expect(plainSpaces(tooMuch.fieldErrors?.amountCents)).toBe(
      'Le montant promis dépasse ce qui reste dû (1 800,00 €).',
    );
    // FA-1 is promised, FA-2 is still relanced on its own.
    expect(view.outlook.state === 'due' && view.outlook.item.invoices.map((i) => i.number)).toEqual(
      ['FA-2'],
    );
    expect(cancelled.cancelledOn).toBe('2026-12-03');
    expect((await test.call('collection:debtor', { debtorId })).promises[0]!.progress.status).toBe(
      'annulee',
    );
  });

  it('agrees a payment plan, pauses its invoices, flags a missed installment', async () => {
    const plan = await test.call('plans:create', {
      input: {
        debtorId,
        agreedOn: '2026-12-03',
        note: null,
        invoiceIds,
        installments: [
          { dueOn: '2026-12-15', amountCents: 90_000 },
          { dueOn: '2027-01-15', amountCents: 90_000 },
        ],
      },
    });

    const honoured = await test.call('relance:debtor', { debtorId });
    test.setToday('2026-12-16');
    const collection = await test.call('collection:debtor', { debtorId });
    const agenda = await test.call('relance:agenda', {});

    expect(plan.installments).toHaveLength(2);
    expect(honoured.outlook.state).toBe('paused');
    expect(collection.plans[0]!.progress.installments[0]!.status).toBe('manquee');
    expect(agenda.items[0]).toMatchObject({
      debtorId,
      resumedAfter: { end: 'echeance_manquee', on: '2026-12-16' },
    });
  });

  it('refuses installments that do not cover the invoices or are out of order', async () => {
    const error = await test.callError('plans:create', {
      input: {
        debtorId,
        agreedOn: '2026-12-03',
        note: null,
        invoiceIds,
        installments: [
          { dueOn: '2027-01-15', amountCents: 90_000 },
          { dueOn: '2026-12-15', amountCents: 50_000 },
        ],
      },
    });

    expect(error.fieldErrors?.['installments.1.dueOn']).toBe(
      'Les échéances se suivent : une date par échéance.',
    );
    expect(error.fieldErrors?.installments).toContain('il faut au moins le restant dû');
  });

  it('writes the agreement to sign, with the debt, the installments and the default clause', async () => {
    const plan = await test.call('plans:create', {
      input: {
        debtorId,
        agreedOn: '2026-12-03',
        note: null,
        invoiceIds,
        installments: [
          { dueOn: '2026-12-15', amountCents: 90_000 },
          { dueOn: '2027-01-15', amountCents: 90_000 },
        ],
      },
    });

    const { path } = await test.call('plans:agreement', { id: plan.id });
    const text = docxToText(path);

    expect(text).toContain('Accord d’échéancier de paiement');
    expect(text).toContain('Menuiserie Durand');
    expect(text).toContain('1 800,00 €');
    expect(text).toContain('15/01/2027');
    expect(text).toContain('la totalité des sommes restant dues deviendra immédiatement exigible');
  });

  it('refuses a signing date before the agreement, and a second signature', async () => {
    const plan = await test.call('plans:create', {
      input: {
        debtorId,
        agreedOn: '2026-12-01',
        note: null,
        invoiceIds,
        installments: [
          { dueOn: '2026-12-15', amountCents: 90_000 },
          { dueOn: '2027-01-15', amountCents: 90_000 },
        ],
      },
    });

    const early = await test.callError('plans:sign', { id: plan.id, signedOn: '2026-11-30' });
    const signed = await test.call('plans:sign', { id: plan.id, signedOn: '2026-12-02' });
    const again = await test.callError('plans:sign', { id: plan.id, signedOn: '2026-12-03' });

    expect(early.fieldErrors?.signedOn).toBe(
      'La signature ne peut pas précéder l’accord du 01/12/2026 : vérifiez la date.',
    );
    expect(signed.signedOn).toBe('2026-12-02');
    expect(again.message).toBe(
      'Cet échéancier a déjà été signé le 02/12/2026 : cette date interrompt la prescription et ' +
        'ne peut plus être changée.',
    );
    const collection = await test.call('collection:debtor', { debtorId });
    expect(collection.plans[0]!.signedOn).toBe('2026-12-02');
  });

  it('opens a dispute on an invoice, then closes it with its outcome: the relance resumes', async () => {
    const dispute = await test.call('disputes:open', {
      input: {
        debtorId,
        reason: 'livraison',
        description: 'Livraison incomplète',
        ownerUserId: null,
        openedOn: '2026-12-03',
        invoiceIds: [invoiceIds[0]!],
      },
    });
    const during = await test.call('relance:debtor', { debtorId });
    const early = await test.callError('disputes:close', {
      id: dispute.id,
      closedOn: '2026-12-01',
      outcome: 'rejete',
    });
    test.setToday('2026-12-10');
    await test.call('disputes:close', {
      id: dispute.id,
      closedOn: '2026-12-10',
      outcome: 'rejete',
    });
    const after = await test.call('relance:debtor', { debtorId });

    expect(
      during.outlook.state === 'due' && during.outlook.item.invoices.map((i) => i.number),
    ).toEqual(['FA-2']);
    expect(early.fieldErrors?.closedOn).toContain('03/12/2026');
    expect(after.outlook.state === 'due' && after.outlook.item.resumedAfter).toEqual({
      end: 'litige_clos',
      on: '2026-12-10',
    });
  });

  it('shows the whole story in order on the merged timeline, with its categories', async () => {
    await test.call('disputes:open', {
      input: {
        debtorId,
        reason: 'prix',
        description: null,
        ownerUserId: null,
        openedOn: '2026-12-03',
        invoiceIds: [invoiceIds[1]!],
      },
    });

    const timeline = await test.call('timeline:get', { debtorId });

    expect(timeline.map((entry) => entry.category)).toEqual([
      'dossier',
      'factures',
      'factures',
      'litiges',
    ]);
    expect(plainSpaces(timeline[1]!.summary)).toBe('Facture FA-1 de 1 200,00 € ajoutée');
    expect(timeline.at(-1)!.summary).toBe('Litige ouvert (Prix contesté) sur FA-2');
  });
});

describe('the payment plan agreement', () => {
  let test: TestWorkspace;

  afterEach(() => test.dispose());

  it('reserves the penalties and indemnities accrued, as the legal calculator computes them', async () => {
    test = createTestWorkspace('2026-05-01');
    await createRelanceFile(test);
    const { debtorId, invoiceIds } = await addDebtorWithInvoices(
      test,
      { name: 'Menuiserie Durand' },
      [['FA-101', '2026-03-31', 100_000, '2026-03-01']],
    );
    const plan = await test.call('plans:create', {
      input: {
        debtorId,
        agreedOn: '2026-05-01',
        note: null,
        invoiceIds,
        installments: [
          { dueOn: '2026-05-15', amountCents: 50_000 },
          { dueOn: '2026-06-15', amountCents: 50_000 },
        ],
      },
    });
    const procedure = await test.call('legal:procedure', { debtorId });

    const { path } = await test.call('plans:agreement', { id: plan.id });
    const text = plainSpaces(docxToText(path));

    expect(text).toContain('4. Pénalités et indemnités');
    expect(text).toContain(
      'Le présent échéancier ne vaut pas renonciation du créancier aux pénalités de retard ' +
        `(art. L441-10 du Code de commerce), soit ` +
        `${plainSpaces(formatEuros(procedure.claim.accruedCents))} ` +
        'arrêtées au 01/05/2026, ni aux indemnités forfaitaires pour frais de recouvrement de ' +
        '40 € par facture (art. D441-5), soit 40,00 €.',
    );
    expect(procedure.claim.accruedCents).toBeGreaterThan(0);
  });
});
