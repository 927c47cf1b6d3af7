import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv } from '../../../../src-main/import/spreadsheet/csv-parser';
import { decodeText } from '../../../../src-main/import/spreadsheet/decode-text';
import { readAmount, readDate } from '../../../../src-main/import/spreadsheet/sheet-cells';

describe('decodeText', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Échéance')]);

    expect(decodeText(bytes)).toEqual({ text: 'Échéance', encoding: 'utf-8' });
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode('Société'))).toEqual({
      text: 'Société',
      encoding: 'utf-8',
    });
  });

  it('reads Windows-1252 as Excel writes a French CSV, € included', () => {
    const bytes = new Uint8Array([0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9, 0x20, 0x80]);

    expect(decodeText(bytes)).toEqual({ text: 'Société €', encoding: 'windows-1252' });
  });

  it('reads UTF-16 with its byte order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('Dû;12', 'utf16le')]);

    expect(decodeText(bytes)).toEqual({ text: 'Dû;12', encoding: 'utf-16' });
  });
});

describe('parseCsv and detectSeparator', () => {
  it('finds the semicolon of a French CSV even when amounts hold commas', () => {
    expect(detectSeparator('Client;Montant\nDupont;"1 234,56"\n')).toBe(';');
  });

  it('finds a comma, a tab or a pipe when that is what splits the header', () => {
    expect(detectSeparator('a,b,c\n1,2,3')).toBe(',');
    expect(detectSeparator('a\tb\tc')).toBe('\t');
    expect(detectSeparator('a|b|c|')).toBe('|');
  });

  it('keeps separators, line ends and doubled quotes inside quoted fields', () => {
    const text = 'Nom;Adresse\r\n"Dupont ; fils";"12 rue ""Haute""\r\nBât. B"\r\nMartin;3 rue\n';

    expect(parseCsv(text, ';')).toEqual([
      ['Nom', 'Adresse'],
      ['Dupont ; fils', '12 rue "Haute"\r\nBât. B'],
      ['Martin', '3 rue'],
    ]);
  });

  it('keeps a last row without a line end, and empty fields', () => {
    expect(parseCsv('a;;c\n1;2;', ';')).toEqual([
      ['a', '', 'c'],
      ['1', '2', ''],
    ]);
  });
});

describe('reading cells', () => {
  it('reads amounts typed the French way and Excel numbers, to the cent', () => {
    expect(readAmount('1 234,56')).toEqual({ ok: true, value: 123_456 });
    expect(readAmount('1\u202f234,5 €')).toEqual({ ok: true, value: 123_450 });
    expect(readAmount(1234.565)).toEqual({ ok: true, value: 123_457 });
    expect(readAmount('12.345,6')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('virgule'),
    });
  });

  it('reads dates typed in France, ISO dates, Excel dates and Excel serial numbers', () => {
    expect(readDate('03/12/2026')).toEqual({ ok: true, value: '2026-12-03' });
    expect(readDate('2026-12-03')).toEqual({ ok: true, value: '2026-12-03' });
    expect(readDate(new Date(Date.UTC(2026, 11, 3)))).toEqual({ ok: true, value: '2026-12-03' });
    expect(readDate(46_359)).toEqual({ ok: true, value: '2026-12-03' });
    expect(readDate('31/02/2026')).toMatchObject({ ok: false });
  });
});
