import { describe, expect, it } from 'vitest';
import { relanceOutlook, type RelanceOutlook } from '../../../src-shared/relance/relance-outlook';
import { relancePauses } from '../../../src-shared/relance/relance-pauses';
import { debtorState, dispute, plan, promise } from './relance-fixtures';

const TODAY = '2026-12-03';
const A = { id: 1, dueDate: '2026-10-20', openCents: 120_000 };
const B = { id: 2, dueDate: '2026-11-30', openCents: 30_000 };
const C = { id: 3, dueDate: '2026-12-20', openCents: 45_000 };

function relanceOf(outlook: RelanceOutlook) {
  if (outlook.state !== 'due' && outlook.state !== 'planned') {
    throw new Error(`expected a relance, got ${JSON.stringify(outlook)}`);
  }
  return outlook.relance;
}

describe('relanceOutlook: offsets', () => {
  it('sends the courtesy reminder three days before the due date', () => {
    const outlook = relanceOutlook(
      debtorState({ invoices: [{ id: 9, dueDate: '2026-12-06', openCents: 10_000 }] }),
      TODAY,
    );

    expect(outlook.state).toBe('due');
    expect(relanceOf(outlook)).toMatchObject({ stepIndex: 0, invoiceIds: [9], dueOn: TODAY });
  });

  it('plans the first step for later when the invoice falls due later', () => {
    const outlook = relanceOutlook(debtorState({ invoices: [C] }), TODAY);

    expect(outlook.state).toBe('planned');
    expect(relanceOf(outlook)).toMatchObject({ stepIndex: 0, dueOn: '2026-12-17' });
  });

  it('says there is nothing to do when every invoice is settled', () => {
    const outlook = relanceOutlook(debtorState({ invoices: [{ ...A, openCents: 0 }] }), TODAY);

    expect(outlook).toEqual({ state: 'idle', reason: 'rien_a_relancer' });
  });
});

describe('relanceOutlook: one relance per debtor', () => {
  it('groups every overdue invoice at the most advanced step reached, not the invoice not due', () => {
    const outlook = relanceOutlook(debtorState({ invoices: [A, B, C] }), TODAY);

    // A is 44 days late (J+30 letter reached, J+45 tomorrow); B is 3 days late.
    expect(outlook.state).toBe('due');
    expect(relanceOf(outlook)).toMatchObject({
      stepIndex: 3,
      invoiceIds: [1, 2],
      dueOn: '2026-11-19',
      daysLate: 14,
    });
    expect(relanceOf(outlook).step.channel).toBe('lettre');
  });

  it('does not send a step again once it was done for those invoices', () => {
    const history = [
      {
        scenarioId: 1,
        stepIndex: 3,
        status: 'fait' as const,
        doneOn: '2026-11-20',
        invoiceIds: [1],
      },
    ];

    const outlook = relanceOutlook(debtorState({ invoices: [A], history }), TODAY);

    expect(outlook.state).toBe('planned');
    expect(relanceOf(outlook)).toMatchObject({ stepIndex: 4, dueOn: '2026-12-04' });
  });

  it('brings a newly overdue invoice into the group at the step already reached', () => {
    const history = [
      {
        scenarioId: 1,
        stepIndex: 3,
        status: 'fait' as const,
        doneOn: '2026-11-20',
        invoiceIds: [1],
      },
    ];
    const newlyLate = { id: 4, dueDate: '2026-11-25', openCents: 8_000 };

    const outlook = relanceOutlook(debtorState({ invoices: [A, newlyLate], history }), TODAY);

    // Its courtesy e-mail fell due on 22 November; the gap after the letter held it to the 25th.
    expect(outlook.state).toBe('due');
    expect(relanceOf(outlook)).toMatchObject({
      stepIndex: 3,
      invoiceIds: [1, 4],
      dueOn: '2026-11-25',
    });
    expect(relanceOf(outlook).daysLate).toBe(8);
  });

  it('counts only the steps of the current plan after the plan was changed', () => {
    const history = [
      {
        scenarioId: 7,
        stepIndex: 4,
        status: 'fait' as const,
        doneOn: '2026-11-10',
        invoiceIds: [1],
      },
    ];

    const outlook = relanceOutlook(debtorState({ invoices: [A], history }), TODAY);

    expect(relanceOf(outlook)).toMatchObject({ stepIndex: 3, dueOn: '2026-11-19' });
  });
});

describe('relanceOutlook: guardrails', () => {
  it('holds the next action until the minimum gap since the last one, then a working day', () => {
    const history = [
      {
        scenarioId: 1,
        stepIndex: 2,
        status: 'fait' as const,
        doneOn: '2026-12-01',
        invoiceIds: [1],
      },
    ];

    const outlook = relanceOutlook(debtorState({ invoices: [A], history }), TODAY);

    // 1 December + 5 days is Sunday 6 December: the letter waits for Monday.
    expect(outlook.state).toBe('planned');
    expect(relanceOf(outlook)).toMatchObject({ dueOn: '2026-12-07', heldBy: 'ecart_minimum' });
  });

  it('follows a shorter gap set by the user', () => {
    const history = [
      {
        scenarioId: 1,
        stepIndex: 2,
        status: 'fait' as const,
        doneOn: '2026-12-01',
        invoiceIds: [1],
      },
    ];
    const settings = { minGapDays: 1, allowWeekends: false };

    const outlook = relanceOutlook(debtorState({ invoices: [A], history, settings }), TODAY);

    expect(outlook.state).toBe('due');
  });

  it('moves an action falling on Christmas Day to the next working day', () => {
    const invoice = { id: 5, dueDate: '2026-12-18', openCents: 10_000 };
    const history = [
      {
        scenarioId: 1,
        stepIndex: 0,
        status: 'fait' as const,
        doneOn: '2026-12-15',
        invoiceIds: [5],
      },
    ];

    const outlook = relanceOutlook(debtorState({ invoices: [invoice], history }), '2026-12-24');

    expect(relanceOf(outlook)).toMatchObject({ dueOn: '2026-12-28', heldBy: 'jour_non_ouvre' });
  });

  it('keeps the holiday date when the user allows actions on days off', () => {
    const invoice = { id: 5, dueDate: '2026-12-18', openCents: 10_000 };
    const history = [
      {
        scenarioId: 1,
        stepIndex: 0,
        status: 'fait' as const,
        doneOn: '2026-12-15',
        invoiceIds: [5],
      },
    ];
    const settings = { minGapDays: 5, allowWeekends: true };

    const outlook = relanceOutlook(
      debtorState({ invoices: [invoice], history, settings }),
      '2026-12-24',
    );

    expect(relanceOf(outlook)).toMatchObject({ dueOn: '2026-12-25', heldBy: null });
  });

  it('plans nothing on a Saturday: a step reached that day waits for Monday', () => {
    const invoice = { id: 6, dueDate: '2026-12-08', openCents: 10_000 };

    const outlook = relanceOutlook(debtorState({ invoices: [invoice] }), '2026-12-05');

    expect(outlook.state).toBe('planned');
    expect(relanceOf(outlook).dueOn).toBe('2026-12-07');
  });

  it('waits for the date an action was postponed to', () => {
    const outlook = relanceOutlook(
      debtorState({ invoices: [A], postponedUntil: '2026-12-10' }),
      TODAY,
    );

    expect(relanceOf(outlook)).toMatchObject({ dueOn: '2026-12-10', heldBy: 'report' });
  });

  it('does not count a skipped step for the gap, nor propose it again', () => {
    const invoice = { id: 1, dueDate: '2026-10-15', openCents: 50_000 };
    const history = [
      {
        scenarioId: 1,
        stepIndex: 3,
        status: 'ignore' as const,
        doneOn: '2026-12-02',
        invoiceIds: [1],
      },
    ];

    const outlook = relanceOutlook(debtorState({ invoices: [invoice], history }), TODAY);

    expect(outlook.state).toBe('due');
    expect(relanceOf(outlook).stepIndex).toBe(4);
  });
});

describe('relanceOutlook: pauses and resumptions', () => {
  it('leaves an invoice under dispute out of the relance and says so', () => {
    const pauses = relancePauses(
      { promises: [], plans: [], disputes: [dispute({ invoiceIds: [1] })], payments: [] },
      TODAY,
    );

    const outlook = relanceOutlook(debtorState({ invoices: [A, B], pauses }), TODAY);

    expect(relanceOf(outlook)).toMatchObject({
      invoiceIds: [2],
      pausedInvoiceIds: [1],
      stepIndex: 0,
    });
  });

  it('is paused while every open invoice is under dispute', () => {
    const pauses = relancePauses(
      { promises: [], plans: [], disputes: [dispute({ invoiceIds: [] })], payments: [] },
      TODAY,
    );

    const outlook = relanceOutlook(debtorState({ invoices: [A, B], pauses }), TODAY);

    expect(outlook.state).toBe('paused');
  });

  it('resumes on the day a dispute is closed, flagged on the agenda', () => {
    const closed = dispute({ invoiceIds: [1], closedOn: '2026-12-02', outcome: 'rejete' });
    const sources = { promises: [], plans: [], disputes: [closed], payments: [] };

    const before = relanceOutlook(
      debtorState({ invoices: [A], pauses: relancePauses(sources, '2026-12-01') }),
      '2026-12-01',
    );
    const closingDay = relanceOutlook(
      debtorState({ invoices: [A], pauses: relancePauses(sources, '2026-12-02') }),
      '2026-12-02',
    );

    expect(before.state).toBe('paused');
    expect(closingDay.state).toBe('due');
    expect(relanceOf(closingDay)).toMatchObject({
      dueOn: '2026-12-02',
      resumedAfter: { end: 'litige_clos', on: '2026-12-02' },
    });
  });

  it('pauses while a promise runs, then resumes the day after it is broken', () => {
    const history = [
      {
        scenarioId: 1,
        stepIndex: 2,
        status: 'fait' as const,
        doneOn: '2026-11-25',
        invoiceIds: [1],
      },
    ];
    const sources = { promises: [promise({})], plans: [], disputes: [], payments: [] };

    const during = relanceOutlook(
      debtorState({ invoices: [A], history, pauses: relancePauses(sources, '2026-12-01') }),
      '2026-12-01',
    );
    const after = relanceOutlook(
      debtorState({ invoices: [A], history, pauses: relancePauses(sources, TODAY) }),
      TODAY,
    );

    expect(during.state).toBe('paused');
    expect(after.state).toBe('due');
    expect(relanceOf(after)).toMatchObject({
      stepIndex: 3,
      dueOn: TODAY,
      resumedAfter: { end: 'promesse_rompue', on: TODAY },
    });
  });

  it('raises no flag when a promise of part of the debt was kept', () => {
    const sources = {
      promises: [promise({ amountCents: 20_000 })],
      plans: [],
      disputes: [],
      payments: [{ date: '2026-11-30', amountCents: 20_000 }],
    };

    const outlook = relanceOutlook(
      debtorState({ invoices: [A], pauses: relancePauses(sources, TODAY) }),
      TODAY,
    );

    expect(outlook.state).toBe('due');
    expect(relanceOf(outlook).resumedAfter).toBeNull();
  });

  it('pauses while a payment plan is honoured and resumes after a missed installment', () => {
    const sources = {
      promises: [],
      plans: [plan({})],
      disputes: [],
      payments: [{ date: '2026-11-14', amountCents: 30_000 }],
    };

    const honoured = relanceOutlook(
      debtorState({ invoices: [A], pauses: relancePauses(sources, '2026-11-20') }),
      '2026-11-20',
    );
    const missed = relanceOutlook(
      debtorState({ invoices: [A], pauses: relancePauses(sources, TODAY) }),
      TODAY,
    );

    expect(honoured.state).toBe('paused');
    expect(relanceOf(missed).resumedAfter).toEqual({ end: 'echeance_manquee', on: '2026-12-02' });
  });

  it('no longer flags a resumption once an action has answered it', () => {
    const closed = dispute({ invoiceIds: [1], closedOn: '2026-11-20', outcome: 'rejete' });
    const pauses = relancePauses(
      { promises: [], plans: [], disputes: [closed], payments: [] },
      TODAY,
    );
    const history = [
      {
        scenarioId: 1,
        stepIndex: 3,
        status: 'fait' as const,
        doneOn: '2026-11-23',
        invoiceIds: [1],
      },
    ];

    const outlook = relanceOutlook(debtorState({ invoices: [A], pauses, history }), '2026-12-10');

    expect(relanceOf(outlook).resumedAfter).toBeNull();
  });
});

describe('relanceOutlook: final step', () => {
  const old = { id: 1, dueDate: '2026-09-01', openCents: 90_000 };

  it('repeats the last step at its interval until the debtor pays', () => {
    const history = [
      {
        scenarioId: 1,
        stepIndex: 4,
        status: 'fait' as const,
        doneOn: '2026-11-02',
        invoiceIds: [1],
      },
    ];

    const outlook = relanceOutlook(debtorState({ invoices: [old], history }), TODAY);

    expect(outlook.state).toBe('due');
    expect(relanceOf(outlook)).toMatchObject({ stepIndex: 4, repeat: true, dueOn: '2026-12-02' });
  });

  it('plans the next repeat after the interval', () => {
    const history = [
      {
        scenarioId: 1,
        stepIndex: 4,
        status: 'fait' as const,
        doneOn: '2026-11-20',
        invoiceIds: [1],
      },
    ];

    const outlook = relanceOutlook(debtorState({ invoices: [old], history }), TODAY);

    // 20 November + 30 days is Sunday 20 December.
    expect(relanceOf(outlook)).toMatchObject({ dueOn: '2026-12-21', repeat: true });
  });

  it('ends the plan after a last step that does not repeat', () => {
    const steps = debtorState().steps.map((step) => ({ ...step, repeatEveryDays: null }));
    const history = [
      {
        scenarioId: 1,
        stepIndex: 4,
        status: 'fait' as const,
        doneOn: '2026-11-02',
        invoiceIds: [1],
      },
    ];

    const outlook = relanceOutlook(debtorState({ invoices: [old], history, steps }), TODAY);

    expect(outlook).toEqual({ state: 'idle', reason: 'plan_termine' });
  });

  it('calls for the last step again at once when a promise made after it is broken', () => {
    const steps = debtorState().steps.map((step) => ({ ...step, repeatEveryDays: null }));
    const history = [
      {
        scenarioId: 1,
        stepIndex: 4,
        status: 'fait' as const,
        doneOn: '2026-11-20',
        invoiceIds: [1],
      },
    ];
    const sources = {
      promises: [promise({ madeOn: '2026-11-20' })],
      plans: [],
      disputes: [],
      payments: [],
    };

    const outlook = relanceOutlook(
      debtorState({ invoices: [old], history, steps, pauses: relancePauses(sources, TODAY) }),
      TODAY,
    );

    expect(relanceOf(outlook)).toMatchObject({ stepIndex: 4, repeat: true, dueOn: TODAY });
  });

  it('stops once the case has gone legal', () => {
    const outlook = relanceOutlook(
      debtorState({ invoices: [old], legalSince: '2026-12-01' }),
      TODAY,
    );

    expect(outlook).toEqual({ state: 'idle', reason: 'contentieux' });
  });
});
