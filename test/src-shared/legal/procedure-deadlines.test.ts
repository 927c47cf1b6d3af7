import { describe, expect, it } from 'vitest';
import type { ProcedureStepKind } from '../../../src-shared/domain/legal-case';
import {
  oppositionDeadlineOf,
  procedureDeadlines,
  serviceDeadlineOf,
} from '../../../src-shared/legal/procedure-deadlines';

function step(kind: ProcedureStepKind, occurredOn: string, deadlineOn: string | null = null) {
  return { kind, occurredOn, deadlineOn, cancelledAt: null };
}

describe('procedureDeadlines', () => {
  it('gives the debtor the payment deadline of the mise en demeure, then asks for the requête', () => {
    const steps = [step('mise_en_demeure_envoyee', '2026-11-20', '2026-12-05')];

    const before = procedureDeadlines(steps, '2026-12-03');
    const after = procedureDeadlines(steps, '2026-12-06');

    expect(before).toEqual([
      expect.objectContaining({ kind: 'paiement', dueOn: '2026-12-05', level: 'info' }),
    ]);
    expect(after[0]?.level).toBe('warning');
    expect(after[0]?.message).toContain('préparez la requête');
  });

  it('waits for the ordonnance once the requête is filed', () => {
    const steps = [
      step('mise_en_demeure_envoyee', '2026-10-01', '2026-10-16'),
      step('requete_deposee', '2026-11-02'),
    ];

    expect(procedureDeadlines(steps, '2026-12-03')).toEqual([
      expect.objectContaining({ kind: 'attente', level: 'info' }),
    ]);
  });

  it('counts six months from the ordonnance to serve it, warning in the last thirty days', () => {
    const steps = [step('requete_deposee', '2026-05-04'), step('ordonnance_rendue', '2026-06-15')];

    expect(serviceDeadlineOf('2026-06-15')).toBe('2026-12-15');
    expect(procedureDeadlines(steps, '2026-09-01')[0]?.level).toBe('info');
    const close = procedureDeadlines(steps, '2026-12-03')[0];
    expect(close).toMatchObject({ kind: 'signification', dueOn: '2026-12-15', level: 'warning' });
    expect(close?.message).toContain('encore 12 jours');
  });

  it('says an ordonnance not served within six months is non avenue', () => {
    const steps = [step('ordonnance_rendue', '2026-03-31')];

    const [deadline] = procedureDeadlines(steps, '2026-12-03');

    // 31 March + 6 months: there is no 31 September, so the last day is 30 September.
    expect(deadline).toMatchObject({ dueOn: '2026-09-30', level: 'danger' });
    expect(deadline?.message).toContain('non avenue');
  });

  it('gives one month of opposition after service, pushed past a weekend or public holiday', () => {
    // Served 11/10/2026: one month later is Wednesday 11 November, a public holiday.
    expect(oppositionDeadlineOf('2026-10-11')).toBe('2026-11-12');
    // Served 28/11/2026: 28 December is a Monday, a working day.
    expect(oppositionDeadlineOf('2026-11-28')).toBe('2026-12-28');

    const steps = [
      step('ordonnance_rendue', '2026-10-01'),
      step('ordonnance_signifiee', '2026-11-28'),
    ];
    expect(procedureDeadlines(steps, '2026-12-03')).toEqual([
      expect.objectContaining({ kind: 'opposition', dueOn: '2026-12-28', level: 'info' }),
    ]);
  });

  it('asks to record the end of the opposition period once it has passed', () => {
    const steps = [step('ordonnance_signifiee', '2026-10-20')];

    const [deadline] = procedureDeadlines(steps, '2026-12-03');

    expect(deadline).toMatchObject({ kind: 'opposition', level: 'warning' });
    expect(deadline?.message).toContain("délai d'opposition expiré");
  });

  it('has nothing left to watch after an opposition, a payment, or a cancelled step', () => {
    const served = step('ordonnance_signifiee', '2026-11-10');

    expect(
      procedureDeadlines([served, step('opposition_formee', '2026-11-20')], '2026-12-03'),
    ).toEqual([]);
    expect(procedureDeadlines([served, step('paiement_recu', '2026-11-25')], '2026-12-03')).toEqual(
      [],
    );
    expect(
      procedureDeadlines([{ ...served, cancelledAt: '2026-11-11T09:00:00Z' }], '2026-12-03'),
    ).toEqual([]);
  });
});
