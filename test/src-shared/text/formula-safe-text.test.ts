import { describe, expect, it } from 'vitest';
import { formulaSafeText } from '../../../src-shared/text/formula-safe-text';

describe('formulaSafeText', () => {
  it.each(['=1+1', '+33 1 43 99 00 00', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd'])(
    'puts an apostrophe before %j so it stays text',
    (text) => {
      expect(formulaSafeText(text)).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text alone, a formula sign further in included', () => {
    expect(formulaSafeText('Dupont = Martin')).toBe('Dupont = Martin');
    expect(formulaSafeText('SARL A+B')).toBe('SARL A+B');
    expect(formulaSafeText('')).toBe('');
  });
});
