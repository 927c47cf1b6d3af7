import { describe, expect, it } from 'vitest';
import { exposureByDebtor, openItemsAsOf } from '../../../src-shared/reporting/open-items';
import { ownerResults } from '../../../src-shared/reporting/owner-results';
import { promiseStatuses } from '../../../src-shared/reporting/promise-kept-rate';
import { relanceActivity } from '../../../src-shared/reporting/relance-activity';
import { groupByDebtor, type RelanceAction } from '../../../src-shared/reporting/report-ledger';
import { debtor, invoice, ledgerOf, payment, promise } from '../../support/report-ledger-builder';

const action = (debtorId: number, date: string, channel: RelanceAction['channel']) => ({
  debtorId,
  date,
  channel,
  actor: 'Claire',
});

const ACTIONS = [
  action(1, '2026-11-02', 'email'),
  action(1, '2026-11-10', 'appel'),
  action(2, '2026-11-05', 'lettre'),
  action(2, '2026-10-01', 'email'),
];

const PAYMENTS = [
  payment(1, 1, '2026-11-12', [], 30_000),
  payment(2, 1, '2026-12-20', [], 10_000),
  payment(3, 2, '2026-11-30', [], 40_000),
  payment(4, 3, '2026-11-15', [], 99_900),
  payment(5, 1, '2026-10-20', [], 5_000),
];

describe('relanceActivity', () => {
  it('credits each payment to the latest action on its debtor in the 30 days before', () => {
    const activity = relanceActivity(ACTIONS, PAYMENTS, '2026-11-01', '2026-12-03');
    const byChannel = Object.fromEntries(activity.map((entry) => [entry.channel, entry]));

    // 300 € on 12/11 follows the call of 10/11, not the e-mail of 02/11; 400 € on 30/11
    // follows the letter of 05/11. The payment of 20/12 is after the period, debtor 3 had
    // no relance, and the October payment came before any action of the period.
    expect(byChannel.email).toEqual({
      channel: 'email',
      actions: 1,
      debtors: 1,
      recoveredCents: 0,
    });
    expect(byChannel.appel).toEqual({
      channel: 'appel',
      actions: 1,
      debtors: 1,
      recoveredCents: 30_000,
    });
    expect(byChannel.lettre).toEqual({
      channel: 'lettre',
      actions: 1,
      debtors: 1,
      recoveredCents: 40_000,
    });
    expect(byChannel.sms?.actions).toBe(0);
  });
});

describe('ownerResults', () => {
  const users = [
    { id: 7, name: 'Claire Martin', email: null, active: true },
    { id: 8, name: 'Bruno Petit', email: null, active: true },
  ];

  function results(actions: RelanceAction[], more: typeof users = []) {
    const ledger = ledgerOf({
      users: [...users, ...more],
      debtors: [debtor(1, { ownerUserId: 7 }), debtor(2, { ownerUserId: 8 }), debtor(3)],
      invoices: [
        invoice(1, 1, '2026-10-01', '2026-10-31', 50_000),
        invoice(2, 2, '2026-11-20', '2026-12-20', 80_000),
        invoice(3, 3, '2026-09-01', '2026-10-01', 20_000),
      ],
      payments: PAYMENTS,
      relanceActions: actions,
      promises: [promise(1, 1, '2026-11-10', '2026-11-12', 30_000)],
    });
    const byDebtor = [...groupByDebtor(ledger).values()];
    const exposure = exposureByDebtor(openItemsAsOf(ledger, '2026-12-03'));
    return ownerResults(
      byDebtor,
      ledger.users,
      exposure,
      promiseStatuses(byDebtor, '2026-12-03'),
      '2026-11-01',
      '2026-12-03',
    );
  }

  it('sums each person’s portfolio, collections and promises by the debtor’s owner', () => {
    const { owners } = results(ACTIONS.map((entry) => ({ ...entry, actor: 'Claire Martin' })));

    expect(owners.map((result) => result.name)).toEqual([
      'Bruno Petit',
      'Claire Martin',
      'Non attribué',
    ]);
    const claire = owners[1]!;
    expect(claire).toMatchObject({
      userId: 7,
      debtors: 1,
      openCents: 50_000,
      overdueCents: 50_000,
      collectedCents: 30_000,
      recoveredAfterRelanceCents: 30_000,
      promisesKept: 1,
      promisesBroken: 0,
    });
    // Claire did the three actions of the period, the letter on Bruno's debtor included.
    expect(claire.actions).toBe(3);
    expect(claire.actionsByChannel).toMatchObject({ email: 1, appel: 1, lettre: 1 });
    // Bruno did none, but his debtor paid 400 € after Claire's letter: his result.
    expect(owners[0]).toMatchObject({ actions: 0, recoveredAfterRelanceCents: 40_000 });
    expect(owners[2]).toMatchObject({ userId: null, openCents: 20_000, collectedCents: 99_900 });
  });

  it('credits each action to the user who did it, matched by name', () => {
    const { owners, otherAuthors } = results([
      // Bruno stands in for Claire on her debtor; the name is typed with other capitals.
      { ...ACTIONS[0]!, actor: 'bruno  PETIT' },
      { ...ACTIONS[1]!, actor: 'Claire Martin' },
      { ...ACTIONS[2]!, actor: 'Ancien stagiaire' },
      // Before the period: not counted.
      { ...ACTIONS[3]!, actor: 'Bruno Petit' },
    ]);
    const byName = Object.fromEntries(owners.map((owner) => [owner.name, owner]));

    expect(byName['Bruno Petit']).toMatchObject({ actions: 1, debtors: 1 });
    expect(byName['Bruno Petit']!.actionsByChannel.email).toBe(1);
    expect(byName['Claire Martin']).toMatchObject({ actions: 1, debtors: 1 });
    expect(byName['Claire Martin']!.actionsByChannel.appel).toBe(1);
    expect(byName['Non attribué']!.actions).toBe(0);
    expect(otherAuthors).toMatchObject({ names: ['Ancien stagiaire'], actions: 1 });
    expect(otherAuthors.actionsByChannel.lettre).toBe(1);
  });

  it('lists a user who did actions but is in charge of no debtor', () => {
    const { owners } = results(
      [{ ...ACTIONS[2]!, debtorId: 3, actor: 'Denise Roux' }],
      [{ id: 9, name: 'Denise Roux', email: null, active: false }],
    );

    expect(owners.map((owner) => [owner.name, owner.debtors, owner.actions])).toEqual([
      ['Bruno Petit', 1, 0],
      ['Claire Martin', 1, 0],
      ['Denise Roux', 0, 1],
      ['Non attribué', 1, 0],
    ]);
  });
});
