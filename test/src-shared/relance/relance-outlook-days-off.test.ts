import { describe, expect, it } from 'vitest';
import {
  relanceOutlook,
  workingDueOn,
  type RelanceOutlook,
} from '../../../src-shared/relance/relance-outlook';
import { debtorState } from './relance-fixtures';

const TODAY = '2026-12-03';
const A = { id: 1, dueDate: '2026-10-20', openCents: 120_000 };
const B = { id: 2, dueDate: '2026-11-30', openCents: 30_000 };

function relanceOf(outlook: RelanceOutlook) {
  if (outlook.state !== 'due' && outlook.state !== 'planned') {
    throw new Error(`expected a relance, got ${JSON.stringify(outlook)}`);
  }
  return outlook.relance;
}

describe('relanceOutlook: days off', () => {
  it('on a Saturday, plans an action already overdue for Monday instead of today', () => {
    const outlook = relanceOutlook(debtorState({ invoices: [A, B] }), '2026-12-05');

    // A's J+45 LRAR has been due since Friday 4 December; nothing goes out on a Saturday.
    expect(outlook.state).toBe('planned');
    expect(relanceOf(outlook)).toMatchObject({
      stepIndex: 4,
      dueOn: '2026-12-07',
      daysLate: 0,
      heldBy: 'jour_non_ouvre',
    });
  });

  it('on a public holiday, plans an overdue action for the next working day', () => {
    // Wednesday 11 November 2026 is Armistice Day; the J+7 e-mail of A was due on 27 October.
    const outlook = relanceOutlook(debtorState({ invoices: [A] }), '2026-11-11');

    expect(outlook.state).toBe('planned');
    expect(relanceOf(outlook).dueOn).toBe('2026-11-12');
  });

  it('keeps an overdue action due on a Saturday when days off are allowed', () => {
    const settings = { minGapDays: 5, allowWeekends: true };

    const outlook = relanceOutlook(debtorState({ invoices: [A], settings }), '2026-12-05');

    expect(outlook.state).toBe('due');
    expect(relanceOf(outlook)).toMatchObject({ stepIndex: 4, dueOn: '2026-12-04', daysLate: 1 });
  });

  it('keeps the day an action fell due, and its lateness, once today is a working day', () => {
    const outlook = relanceOutlook(debtorState({ invoices: [A] }), '2026-12-07');

    expect(outlook.state).toBe('due');
    expect(relanceOf(outlook)).toMatchObject({ stepIndex: 4, dueOn: '2026-12-04', daysLate: 3 });
  });
});

describe('workingDueOn', () => {
  it('moves to the next working day an action due on a day off, or due already on a day off', () => {
    expect(workingDueOn('2026-12-06', '2026-12-03')).toBe('2026-12-07');
    expect(workingDueOn('2026-12-01', '2026-12-05')).toBe('2026-12-07');
    expect(workingDueOn('2026-12-24', '2026-12-25')).toBe('2026-12-28');
  });

  it('keeps the day of an overdue action on a working day', () => {
    expect(workingDueOn('2026-12-01', '2026-12-03')).toBe('2026-12-01');
  });
});

describe('relanceOutlook: prescription', () => {
  it('leaves a time-barred invoice out of the group and says which', () => {
    const outlook = relanceOutlook(
      debtorState({ invoices: [A, B], timeBarredInvoiceIds: [1] }),
      TODAY,
    );

    // Without A (44 days late), B alone is 3 days late: the courtesy and J+7 steps remain.
    expect(relanceOf(outlook)).toMatchObject({ invoiceIds: [2], timeBarredInvoiceIds: [1] });
    expect(relanceOf(outlook).stepIndex).toBeLessThan(3);
  });

  it('has nothing to do when every open invoice is time-barred', () => {
    const outlook = relanceOutlook(
      debtorState({ invoices: [A, B], timeBarredInvoiceIds: [1, 2] }),
      TODAY,
    );

    expect(outlook).toEqual({ state: 'idle', reason: 'prescrit' });
  });
});
