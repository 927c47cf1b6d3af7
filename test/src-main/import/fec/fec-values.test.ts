import { describe, expect, it } from 'vitest';
import {
  parseFecAmount,
  parseFecDate,
  parseFecSens,
} from '../../../../src-main/import/fec/fec-values';

describe('parseFecAmount', () => {
  it('reads a decimal comma with the leading zeros of fixed-width exports', () => {
    expect(parseFecAmount('0000000074,70')).toEqual({ ok: true, value: 7470 });
  });

  it('keeps a leading minus or plus sign', () => {
    expect(parseFecAmount('-12,5')).toEqual({ ok: true, value: -1250 });
    expect(parseFecAmount('+3')).toEqual({ ok: true, value: 300 });
  });

  it('reads a blank field as zero, as exports leave the unused side empty', () => {
    expect(parseFecAmount('   ')).toEqual({ ok: true, value: 0 });
  });

  it('accepts a dot as the decimal mark when there is no comma', () => {
    expect(parseFecAmount('1234.56')).toEqual({ ok: true, value: 123456 });
  });

  it('refuses 12.345,6 rather than guess which mark is the decimal one', () => {
    expect(parseFecAmount('12.345,6')).toEqual({
      ok: false,
      reason: 'montant « 12.345,6 » illisible',
    });
  });

  it('refuses thousands separators, text, and a dot followed by three digits', () => {
    expect(parseFecAmount('1 234,56').ok).toBe(false);
    expect(parseFecAmount('douze').ok).toBe(false);
    expect(parseFecAmount('1.234').ok).toBe(false);
    expect(parseFecAmount('12,').ok).toBe(false);
  });

  it('accepts zeros beyond the cent but refuses a third significant decimal', () => {
    expect(parseFecAmount('74,700')).toEqual({ ok: true, value: 7470 });
    expect(parseFecAmount('74,705').ok).toBe(false);
  });

  it('refuses an amount too large to hold exactly in cents', () => {
    expect(parseFecAmount('99999999999999999,00')).toEqual({
      ok: false,
      reason: 'montant « 99999999999999999,00 » trop grand',
    });
  });
});

describe('parseFecDate', () => {
  it('reads AAAAMMJJ as the standard writes it', () => {
    expect(parseFecDate('20230131')).toEqual({ ok: true, value: '2023-01-31' });
  });

  it('also reads AAAA-MM-JJ and JJ/MM/AAAA as some software writes them', () => {
    expect(parseFecDate('2023-01-31')).toEqual({ ok: true, value: '2023-01-31' });
    expect(parseFecDate('31/01/2023')).toEqual({ ok: true, value: '2023-01-31' });
  });

  it('reads a blank date or one of zeros as no date', () => {
    expect(parseFecDate('')).toEqual({ ok: true, value: null });
    expect(parseFecDate('00000000')).toEqual({ ok: true, value: null });
  });

  it('refuses a day that does not exist, with the text as written', () => {
    expect(parseFecDate('20231345')).toEqual({ ok: false, reason: '« 20231345 » invalide' });
    expect(parseFecDate('20230229').ok).toBe(false);
    expect(parseFecDate('2023013').ok).toBe(false);
  });

  it('gives the same answer when a date is read again', () => {
    expect(parseFecDate('20240229')).toEqual(parseFecDate('20240229'));
    expect(parseFecDate('20230229')).toEqual(parseFecDate('20230229'));
  });
});

describe('parseFecSens', () => {
  it('reads D/C in either case and +1/-1', () => {
    expect(parseFecSens('d')).toEqual({ ok: true, value: 'debit' });
    expect(parseFecSens('+1')).toEqual({ ok: true, value: 'debit' });
    expect(parseFecSens('C')).toEqual({ ok: true, value: 'credit' });
    expect(parseFecSens('-1')).toEqual({ ok: true, value: 'credit' });
  });

  it('refuses anything else with the expected values in the reason', () => {
    expect(parseFecSens('X')).toEqual({
      ok: false,
      reason: 'sens « X » illisible (attendu D, C, +1 ou -1)',
    });
  });
});
