import { describe, expect, it } from 'vitest';
import { recoveryIndemnity } from '../../../src-shared/legal/recovery-indemnity';

describe('recoveryIndemnity', () => {
  it('charges 40 € on an invoice a business pays after its due date', () => {
    const result = recoveryIndemnity({
      debtorKind: 'entreprise',
      dueDate: '2025-03-31',
      settledOn: '2025-04-01',
      computedOn: '2025-06-30',
    });

    expect(result.amountCents).toBe(4000);
    expect(result.explanation).toContain('D441-5');
  });

  it('charges 40 € on an invoice still unpaid after its due date', () => {
    const result = recoveryIndemnity({
      debtorKind: 'entreprise',
      dueDate: '2025-03-31',
      settledOn: null,
      computedOn: '2025-04-15',
    });

    expect(result.amountCents).toBe(4000);
  });

  it('charges nothing on an invoice paid on its due date', () => {
    const result = recoveryIndemnity({
      debtorKind: 'entreprise',
      dueDate: '2025-03-31',
      settledOn: '2025-03-31',
      computedOn: '2025-06-30',
    });

    expect(result.amountCents).toBe(0);
  });

  it('never charges a consumer, however late', () => {
    const result = recoveryIndemnity({
      debtorKind: 'particulier',
      dueDate: '2025-03-31',
      settledOn: null,
      computedOn: '2026-03-31',
    });

    expect(result.amountCents).toBe(0);
    expect(result.explanation).toContain('jamais par un particulier');
  });
});

describe('recoveryIndemnity before D441-5 came into force', () => {
  it('charges nothing on an invoice due before 1 January 2013, even unpaid', () => {
    const result = recoveryIndemnity({
      debtorKind: 'entreprise',
      dueDate: '2012-12-31',
      settledOn: null,
      computedOn: '2013-06-30',
    });

    expect(result.amountCents).toBe(0);
    expect(result.explanation).toContain('le 1er janvier 2013');
    expect(result.explanation).toContain('décret n° 2012-1115');
  });

  it('charges 40 € on an invoice due on 1 January 2013 and paid late', () => {
    const result = recoveryIndemnity({
      debtorKind: 'entreprise',
      dueDate: '2013-01-01',
      settledOn: '2013-01-02',
      computedOn: '2013-06-30',
    });

    expect(result.amountCents).toBe(4000);
  });
});
