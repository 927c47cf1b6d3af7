import { describe, expect, it } from 'vitest';
import { MIXED_ENCODINGS } from '../../../../src-main/import/fec/line-decoder';
import { LineSplitter } from '../../../../src-main/import/fec/line-splitter';
import { toLatin9 } from './fec-fixture';

const utf8 = (text: string) => new TextEncoder().encode(text);

function split(chunks: Uint8Array[], splitter = new LineSplitter()) {
  const lines = chunks.flatMap((chunk) => splitter.push(chunk));
  return [...lines, ...splitter.end()];
}

function texts(chunks: Uint8Array[]): string[] {
  return split(chunks).map((line) => line.text);
}

describe('LineSplitter', () => {
  it('cuts on LF, CRLF and lone CR, even mixed in one file', () => {
    expect(texts([utf8('a\nb\r\nc\rd\n')])).toEqual(['a', 'b', 'c', 'd']);
  });

  it('counts a CRLF split between two chunks as one line end', () => {
    expect(texts([utf8('a\r'), utf8('\nb\r'), utf8('\n')])).toEqual(['a', 'b']);
  });

  it('keeps a blank line between two line ends', () => {
    expect(texts([utf8('a\n\nb\n')])).toEqual(['a', '', 'b']);
  });

  it('marks a last line without line end as incomplete', () => {
    const lines = split([utf8('a\nb')]);

    expect(lines).toEqual([
      { text: 'a', complete: true, overlong: false, unreadable: null },
      { text: 'b', complete: false, overlong: false, unreadable: null },
    ]);
  });

  it('removes a UTF-8 BOM even when it arrives one byte at a time', () => {
    const bytes = utf8('\ufeffJournalCode\n');
    const splitter = new LineSplitter();
    const lines = split(
      [...bytes].map((byte) => Uint8Array.of(byte)),
      splitter,
    );

    expect(lines.map((line) => line.text)).toEqual(['JournalCode']);
    expect(splitter.encoding).toBe('utf-8');
  });

  it('reads valid UTF-8 as UTF-8', () => {
    const splitter = new LineSplitter();

    expect(split([utf8('Société\n')], splitter)[0]?.text).toBe('Société');
    expect(splitter.encoding).toBe('utf-8');
  });

  it('reads ISO-8859-15 with é and € once a byte is not UTF-8', () => {
    const splitter = new LineSplitter();
    const lines = split([utf8('ascii only\n'), toLatin9('Créance 12 €\n')], splitter);

    expect(lines.map((line) => line.text)).toEqual(['ascii only', 'Créance 12 €']);
    expect(splitter.encoding).toBe('iso-8859-15');
  });

  it('keeps UTF-8 and marks the line unreadable when Latin-9 bytes follow multi-byte UTF-8', () => {
    const splitter = new LineSplitter();
    const lines = split([utf8('Société\n'), toLatin9('Créance\n'), utf8('Reçu\n')], splitter);

    expect(lines.map((line) => [line.text, line.unreadable])).toEqual([
      ['Société', null],
      ['Cr\ufffdance', MIXED_ENCODINGS],
      ['Reçu', null],
    ]);
    expect(splitter.encoding).toBe('utf-8');
  });

  it('marks a line unreadable after a BOM when its bytes are not UTF-8', () => {
    const bom = Uint8Array.of(0xef, 0xbb, 0xbf);
    const lines = split([bom, utf8('ascii\n'), toLatin9('Créance\n')]);

    expect(lines.map((line) => line.unreadable)).toEqual([null, MIXED_ENCODINGS]);
  });

  it('reads everything as ISO-8859-15 when told to', () => {
    const lines = split([utf8('Société\n')], new LineSplitter('iso-8859-15'));

    expect(lines[0]?.text).toBe('SociÃ©tÃ©');
  });

  it('treats a file cut in the middle of a UTF-8 character as UTF-8', () => {
    const splitter = new LineSplitter();
    const bytes = utf8('Société\nCréé');
    const lines = split([bytes.subarray(0, bytes.length - 1)], splitter);

    expect(lines.map((line) => line.text)).toEqual(['Société', 'Cré']);
    expect(splitter.encoding).toBe('utf-8');
  });

  it('drops a line longer than the limit and reads on after it', () => {
    const splitter = new LineSplitter('auto', 10);
    const lines = split([utf8('short\n0123456'), utf8('789abcdef\r'), utf8('\nnext\n')], splitter);

    expect(lines).toEqual([
      { text: 'short', complete: true, overlong: false, unreadable: null },
      { text: '', complete: true, overlong: true, unreadable: null },
      { text: 'next', complete: true, overlong: false, unreadable: null },
    ]);
  });
});
