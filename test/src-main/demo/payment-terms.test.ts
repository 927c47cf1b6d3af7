import { describe, expect, it } from 'vitest';
import { dueDateFor, endOfMonth } from '../../../src-main/demo/payment-terms';

describe('dueDateFor', () => {
  it('adds 30 or 60 days to the issue date for « 30 jours » and « 60 jours »', () => {
    expect(dueDateFor('2025-01-10', 'net30')).toBe('2025-02-09');
    expect(dueDateFor('2025-01-10', 'net60')).toBe('2025-03-11');
  });

  it('reads « 45 jours fin de mois » as the end of the issue month plus 45 days', () => {
    expect(dueDateFor('2025-01-10', 'endOfMonth45')).toBe('2025-03-17');
    expect(dueDateFor('2025-01-31', 'endOfMonth45')).toBe('2025-03-17');
    expect(dueDateFor('2024-02-01', 'endOfMonth45')).toBe('2024-04-14');
  });
});

describe('endOfMonth', () => {
  it('knows leap years and 30-day months', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2025-02-10')).toBe('2025-02-28');
    expect(endOfMonth('2025-04-01')).toBe('2025-04-30');
  });
});
