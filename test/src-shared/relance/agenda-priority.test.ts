import { describe, expect, it } from 'vitest';
import { agendaPriority, byAgendaPriority } from '../../../src-shared/relance/agenda-priority';

const item = (
  debtorName: string,
  amountCents: number,
  daysOverdue: number,
  riskClass: string | null = null,
) => ({
  debtorName,
  amountCents,
  daysOverdue,
  riskClass,
  resumed: false,
});

function ranked(items: ReturnType<typeof item>[]) {
  return byAgendaPriority(items.map((entry) => ({ ...entry, priority: agendaPriority(entry) })));
}

describe('agendaPriority', () => {
  it('weighs the amount, a third more per month overdue, and the risk class', () => {
    // 1 000 € × (1 + 90/90) × 1,6 (class D)
    expect(agendaPriority(item('X', 100_000, 90, 'D'))).toBeCloseTo(3200);
    expect(agendaPriority(item('X', 100_000, 0))).toBe(1000);
  });

  it(
    'puts a large old debt before a small recent one, and a broken promise first at equal ' +
      'stakes',
    () => {
      const sorted = ranked([
        item('Petit récent', 20_000, 5),
        item('Gros ancien', 500_000, 60),
        { ...item('Promesse rompue', 20_000, 5), resumed: true },
      ]);

      expect(sorted.map((entry) => entry.debtorName)).toEqual([
        'Gros ancien',
        'Promesse rompue',
        'Petit récent',
      ]);
    },
  );

  it('breaks a tie of priority by the oldest debt', () => {
    const sorted = byAgendaPriority([
      { debtorName: 'B', priority: 10, daysOverdue: 5 },
      { debtorName: 'A', priority: 10, daysOverdue: 30 },
    ]);

    expect(sorted[0]?.debtorName).toBe('A');
  });

  it('ranks a riskier debtor first at the same amount and lateness', () => {
    const sorted = ranked([item('Sûr', 10_000, 10, 'A'), item('Risqué', 10_000, 10, 'C')]);

    expect(sorted[0]?.debtorName).toBe('Risqué');
  });
});
