import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../src-shared/money/parse-amount';

describe('parseAmount', () => {
  it('reads a French amount with a space as thousands separator', () => {
    expect(parseAmount('1 234,56')).toEqual({ ok: true, cents: 123456 });
  });

  it('reads no-break and narrow no-break spaces and a euro sign', () => {
    expect(parseAmount('1\u202f234,5\u00a0€')).toEqual({ ok: true, cents: 123450 });
  });

  it('accepts a lone dot as the decimal mark', () => {
    expect(parseAmount('1234.56')).toEqual({ ok: true, cents: 123456 });
  });

  it('keeps the sign of a negative amount', () => {
    expect(parseAmount('-12')).toEqual({ ok: true, cents: -1200 });
  });

  it('refuses mixed marks such as 12.345,6 with a French message', () => {
    const result = parseAmount('12.345,6');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('virgule');
  });

  it('refuses text and three decimals', () => {
    expect(parseAmount('douze').ok).toBe(false);
    expect(parseAmount('1,234').ok).toBe(false);
    expect(parseAmount('').ok).toBe(false);
  });
});
