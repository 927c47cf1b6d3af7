import { describe, expect, it } from 'vitest';
import { FecEncodingRestart } from '../../../../src-main/import/fec/fec-errors';
import {
  LineDecoder,
  MIXED_ENCODINGS,
  UNDEFINED_BYTES,
} from '../../../../src-main/import/fec/line-decoder';
import { toLatin9, toWindows1252 } from './fec-fixture';

const utf8 = (text: string) => new TextEncoder().encode(text);

function decodeAll(chunks: Uint8Array[], decoder = new LineDecoder()) {
  return chunks.flatMap((chunk) => decoder.decode(chunk));
}

describe('LineDecoder', () => {
  it('reads curly quotes, dashes and € of bytes 0x80–0x9F as Windows-1252', () => {
    const decoder = new LineDecoder();
    const bytes = toWindows1252('Bistrot “Chez Léon” – œuvre 12 €\n');

    const lines = decodeAll([utf8('ascii\n'), bytes], decoder);

    expect(lines.map((line) => line.text)).toEqual(['ascii', 'Bistrot “Chez Léon” – œuvre 12 €']);
    expect(lines.every((line) => !/[\u0080-\u009f]/.test(line.text))).toBe(true);
    expect(decoder.encoding).toBe('windows-1252');
  });

  it('reads a single-byte file without bytes 0x80–0x9F as ISO-8859-15, € at 0xA4', () => {
    const decoder = new LineDecoder();

    const lines = decodeAll([toLatin9('Créance 12 € Œuvre\n')], decoder);

    expect(lines).toEqual([{ text: 'Créance 12 € Œuvre', unreadable: null }]);
    expect(decoder.encoding).toBe('iso-8859-15');
  });

  it('moves from ISO-8859-15 to Windows-1252 in place when no letter read so far differs', () => {
    const decoder = new LineDecoder();

    const lines = decodeAll([toLatin9('Société\n'), toWindows1252('“Dupont”\n')], decoder);

    expect(lines.map((line) => line.text)).toEqual(['Société', '“Dupont”']);
    expect(decoder.encoding).toBe('windows-1252');
  });

  it(
    'asks to read again in Windows-1252 when its bytes follow a letter ISO-8859-15 reads ' +
      'otherwise',
    () => {
      const decoder = new LineDecoder();
      decoder.decode(toLatin9('Remise 12 €\n'));

      const again = () => decoder.decode(toWindows1252('“Dupont”\n'));

      expect(again).toThrow(FecEncodingRestart);
      expect(again).toThrow(expect.objectContaining({ encoding: 'windows-1252' }));
    },
  );

  it('keeps UTF-8 and marks only the line in another encoding unreadable, within one chunk', () => {
    const decoder = new LineDecoder();
    const chunk = Buffer.concat([utf8('Client é\n'), toLatin9('Client è\n'), utf8('Client ç\n')]);

    const lines = decoder.decode(chunk);

    expect(lines).toEqual([
      { text: 'Client é', unreadable: null },
      { text: 'Client \ufffd', unreadable: MIXED_ENCODINGS },
      { text: 'Client ç', unreadable: null },
    ]);
    expect(decoder.encoding).toBe('utf-8');
  });

  it('switches to a single-byte encoding on a line of the chunk after ASCII-only lines', () => {
    const decoder = new LineDecoder();
    const chunk = Buffer.concat([utf8('ascii\r\n'), toLatin9('Créé\r'), toLatin9('Noël\n')]);

    const lines = decoder.decode(chunk);

    expect(lines.map((line) => line.text)).toEqual(['ascii', 'Créé', 'Noël']);
    expect(decoder.encoding).toBe('iso-8859-15');
  });

  it('marks unreadable a line holding a byte Windows-1252 leaves undefined', () => {
    const decoder = new LineDecoder();
    const chunk = Buffer.concat([toWindows1252('“a”\n'), Uint8Array.of(0x41, 0x81, 0x0a)]);

    const lines = decoder.decode(chunk);

    expect(lines.map((line) => line.unreadable)).toEqual([null, UNDEFINED_BYTES]);
  });

  it('decodes the tail of a file without line end, an unfinished UTF-8 character left out', () => {
    const decoder = new LineDecoder();
    const bytes = utf8('Créé');

    const lines = decoder.decode(bytes.subarray(0, bytes.length - 1), true);

    expect(lines).toEqual([{ text: 'Cré', unreadable: null }]);
  });
});
