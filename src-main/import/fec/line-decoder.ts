import { decodeWindows1252 } from '../windows-1252';
import { FecEncodingRestart } from './fec-errors';
import type { FecEncoding } from './types';

/** One line of text, or the reason its bytes cannot be read in the file's encoding. */
export interface DecodedLine {
  text: string;
  /** Null when the line reads well; otherwise the French reason, the text being a best guess. */
  unreadable: string | null;
}

const CR = 0x0d;
const LF = 0x0a;
const NON_ASCII = /[\u0080-\uffff]/;
const LINE_END = /\r\n|\r|\n/;
const CONTROL_C1 = /[\u0080-\u009f]/;

/** Why a line is left out of a UTF-8 file: its bytes are in another encoding. */
export const MIXED_ENCODINGS = 'caractères illisibles, le fichier mélange deux encodages';
/** Why a line is left out of a Windows-1252 file: a byte that encoding leaves undefined. */
export const UNDEFINED_BYTES = 'caractères illisibles, inconnus en Windows-1252';

// The bytes where ISO-8859-15 and Windows-1252 read different letters (€ Š š Ž ž Œ œ Ÿ in the
// first, ¤ ¦ ¨ ´ ¸ ¼ ½ ¾ in the second); below 0x80 and elsewhere above 0x9F they agree.
const LATIN9_LETTERS = new Uint8Array(256);
for (const byte of [0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe]) LATIN9_LETTERS[byte] = 1;

/**
 * Decodes the lines of a FEC as the bytes come, deciding the encoding on the way:
 * - UTF-8 while the bytes are valid UTF-8, for good once a multi-byte character was read (or
 *   a BOM seen). A later line that is not UTF-8 is reported unreadable rather than read again
 *   another way: reading the whole file as Latin-9 would garble every earlier name.
 * - Otherwise, from the first byte that is not UTF-8, a single-byte encoding: Windows-1252 when
 *   bytes 0x80–0x9F occur (control characters in ISO-8859-15, never text, but “ ” € in
 *   Windows-1252, which French Windows software writes), else ISO-8859-15 as the rules say.
 *   Those bytes showing up after ISO-8859-15 letters were read throws FecEncodingRestart.
 */
export class LineDecoder {
  private mode: FecEncoding | 'detect';
  private sawLatin9Letters = false;
  private readonly strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  private readonly latin9 = new TextDecoder('iso-8859-15');

  constructor(encoding: FecEncoding | 'auto' = 'auto') {
    this.mode = encoding === 'auto' ? 'detect' : encoding;
  }

  /** The encoding the bytes read so far were decoded with. */
  get encoding(): FecEncoding {
    return this.mode === 'detect' ? 'utf-8' : this.mode;
  }

  /** The file starts with a UTF-8 byte order mark. */
  markUtf8(): void {
    this.mode = 'utf-8';
  }

  /**
   * Decodes bytes into lines. The bytes end with a line end, or `cutOff` says they are the tail
   * of a file that ends without one; lines are cut on CR, LF and CRLF, which never occur inside
   * a UTF-8 sequence nor differ between the encodings.
   */
  decode(bytes: Uint8Array, cutOff = false): DecodedLine[] {
    if (this.mode !== 'detect' && this.mode !== 'utf-8') {
      return this.decodeSingleByte(bytes, cutOff);
    }
    const text = this.tryUtf8(bytes, cutOff);
    if (text === null) return this.decodeLineByLine(bytes, cutOff);
    if (this.mode === 'detect' && NON_ASCII.test(text)) this.mode = 'utf-8';
    return linesOf(text, cutOff).map((line) => ({ text: line, unreadable: null }));
  }

  // Some line is not UTF-8: each line is decoded alone, to tell the lines before it, the line
  // itself and the ones after.
  private decodeLineByLine(bytes: Uint8Array, cutOff: boolean): DecodedLine[] {
    const pieces = splitBytes(bytes, cutOff);
    const lines: DecodedLine[] = [];
    for (const [index, piece] of pieces.entries()) {
      const last = cutOff && index === pieces.length - 1;
      const text = this.tryUtf8(piece, last);
      if (text !== null) {
        if (this.mode === 'detect' && NON_ASCII.test(text)) this.mode = 'utf-8';
        lines.push({ text, unreadable: null });
      } else if (this.mode === 'utf-8') {
        lines.push({ text: this.lenientUtf8.decode(piece), unreadable: MIXED_ENCODINGS });
      } else {
        // Only ASCII so far: the file is in a single-byte encoding from the start.
        const rest = pieces.slice(index);
        this.mode = rest.some(hasC1Bytes) ? 'windows-1252' : 'iso-8859-15';
        for (const line of rest) lines.push(...this.decodeSingleByte(line, true));
        break;
      }
    }
    return lines;
  }

  private decodeSingleByte(bytes: Uint8Array, cutOff: boolean): DecodedLine[] {
    if (this.mode === 'iso-8859-15' && hasC1Bytes(bytes)) {
      // Lines already given out with € or Œ would be ¤ or ¼ in Windows-1252: read again.
      if (this.sawLatin9Letters) throw new FecEncodingRestart('windows-1252');
      this.mode = 'windows-1252';
    }
    if (this.mode === 'windows-1252') {
      return linesOf(decodeWindows1252(bytes), cutOff).map((text) => ({
        text,
        unreadable: CONTROL_C1.test(text) ? UNDEFINED_BYTES : null,
      }));
    }
    if (!this.sawLatin9Letters && hasLatin9Letters(bytes)) this.sawLatin9Letters = true;
    return linesOf(this.latin9.decode(bytes), cutOff).map((text) => ({ text, unreadable: null }));
  }

  // A file cut off in the middle of a character is truncated UTF-8, not another encoding: a
  // streaming decode by a fresh decoder leaves the unfinished character out.
  private tryUtf8(bytes: Uint8Array, cutOff: boolean): string | null {
    try {
      return cutOff
        ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true })
        : this.strictUtf8.decode(bytes);
    } catch {
      return null;
    }
  }
}

// The text of bytes that end with a line end splits into one empty piece too many.
function linesOf(text: string, cutOff: boolean): string[] {
  const lines = text.split(LINE_END);
  if (!cutOff) lines.pop();
  return lines;
}

function splitBytes(bytes: Uint8Array, cutOff: boolean): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (byte !== CR && byte !== LF) continue;
    pieces.push(bytes.subarray(start, index));
    if (byte === CR && bytes[index + 1] === LF) index += 1;
    start = index + 1;
  }
  if (cutOff) pieces.push(bytes.subarray(start));
  return pieces;
}

// Plain loops: these run over every byte of a file read in a single-byte encoding.
function hasC1Bytes(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] as number;
    if (byte >= 0x80 && byte <= 0x9f) return true;
  }
  return false;
}

function hasLatin9Letters(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index += 1) {
    if (LATIN9_LETTERS[bytes[index] as number] === 1) return true;
  }
  return false;
}
