import { LineDecoder, type DecodedLine } from './line-decoder';
import type { FecEncoding } from './types';

/** One line of text as cut from the byte stream, its line end removed. */
export interface SplitLine {
  text: string;
  /** False for a last line the file ends in the middle of, with no line end. */
  complete: boolean;
  /** True when the line was longer than the limit; its text is then dropped. */
  overlong: boolean;
  /** Why the line's bytes cannot be read in the file's encoding, in French; null when they can. */
  unreadable: string | null;
}

const CR = 0x0d;
const LF = 0x0a;
const BOM = [0xef, 0xbb, 0xbf];

/** A FEC line holds 18 short fields; anything this long is a binary file or a broken export. */
export const MAX_LINE_BYTES = 65_536;

/**
 * Cuts a stream of bytes into lines without ever holding more than one line and one chunk.
 * Line ends are CR, LF or CRLF, mixed freely, a CRLF split across two chunks counting once.
 * A BOM means UTF-8; otherwise the LineDecoder decides the encoding as the bytes come. Since
 * lines are cut on CR and LF, which never occur inside a UTF-8 sequence, each decoded piece is
 * whole.
 */
export class LineSplitter {
  private readonly decoder: LineDecoder;
  private head: Uint8Array | null = new Uint8Array(0);
  private carry: Uint8Array[] = [];
  private carryLength = 0;
  private discarding = false;
  private skipLineFeed = false;

  constructor(
    encoding: FecEncoding | 'auto' = 'auto',
    private readonly maxLineBytes = MAX_LINE_BYTES,
  ) {
    this.decoder = new LineDecoder(encoding);
  }

  /** The encoding the bytes read so far were decoded with. */
  get encoding(): FecEncoding {
    return this.decoder.encoding;
  }

  /** Takes the next chunk of bytes and returns the lines it completes. */
  push(chunk: Uint8Array): SplitLine[] {
    if (this.head === null) return this.cut(chunk);

    // The BOM may arrive split over several tiny chunks: wait for its three bytes.
    const head = concat([this.head, chunk]);
    if (head.length < BOM.length && BOM.slice(0, head.length).every((b, i) => head[i] === b)) {
      this.head = head;
      return [];
    }
    this.head = null;
    return this.cut(this.stripBom(head));
  }

  /** Returns what is left once the stream has ended: a last line without a line end. */
  end(): SplitLine[] {
    const lines = this.head === null ? [] : this.cut(this.stripBom(this.head));
    this.head = null;

    if (this.discarding) {
      lines.push({ text: '', complete: false, overlong: true, unreadable: null });
    } else if (this.carryLength > 0) {
      for (const decoded of this.decoder.decode(concat(this.carry), true)) {
        lines.push(this.lineOf(decoded, false));
      }
    }
    this.carry = [];
    this.carryLength = 0;
    this.discarding = false;
    return lines;
  }

  private stripBom(bytes: Uint8Array): Uint8Array {
    if (bytes.length < BOM.length || !BOM.every((b, i) => bytes[i] === b)) return bytes;
    this.decoder.markUtf8();
    return bytes.subarray(BOM.length);
  }

  private cut(bytes: Uint8Array): SplitLine[] {
    const lines: SplitLine[] = [];
    let position = 0;
    if (this.skipLineFeed && bytes.length > 0) {
      if (bytes[0] === LF) position = 1;
      this.skipLineFeed = false;
    }

    if (this.discarding) {
      const end = nextLineEnd(bytes, position);
      if (end === -1) return lines;
      lines.push({ text: '', complete: true, overlong: true, unreadable: null });
      this.discarding = false;
      position = this.skipPastLineEnd(bytes, end);
    }

    const last = lastLineEnd(bytes, position);
    if (last === -1) {
      this.keep(bytes.subarray(position));
      return lines;
    }
    // A CR closing the chunk may be the first half of a CRLF whose LF opens the next one.
    this.skipLineFeed = bytes[last] === CR && last === bytes.length - 1;

    const region = concat([...this.carry, bytes.subarray(position, last + 1)]);
    this.carry = [];
    this.carryLength = 0;
    for (const decoded of this.decoder.decode(region)) lines.push(this.lineOf(decoded, true));

    this.keep(bytes.subarray(last + 1));
    return lines;
  }

  private skipPastLineEnd(bytes: Uint8Array, end: number): number {
    if (bytes[end] === CR && end === bytes.length - 1) this.skipLineFeed = true;
    if (bytes[end] === CR && bytes[end + 1] === LF) return end + 2;
    return end + 1;
  }

  private keep(part: Uint8Array): void {
    if (part.length === 0) return;
    if (this.carryLength + part.length > this.maxLineBytes) {
      this.discarding = true;
      this.carry = [];
      this.carryLength = 0;
      return;
    }
    // Copied, because the stream may reuse the memory of the chunk it handed over.
    this.carry.push(part.slice());
    this.carryLength += part.length;
  }

  private lineOf(decoded: DecodedLine, complete: boolean): SplitLine {
    if (decoded.text.length > this.maxLineBytes) {
      return { text: '', complete, overlong: true, unreadable: null };
    }
    return { text: decoded.text, complete, overlong: false, unreadable: decoded.unreadable };
  }
}

function nextLineEnd(bytes: Uint8Array, from: number): number {
  for (let index = from; index < bytes.length; index += 1) {
    if (bytes[index] === LF || bytes[index] === CR) return index;
  }
  return -1;
}

function lastLineEnd(bytes: Uint8Array, from: number): number {
  for (let index = bytes.length - 1; index >= from; index -= 1) {
    if (bytes[index] === LF || bytes[index] === CR) return index;
  }
  return -1;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  let length = 0;
  for (const part of parts) length += part.length;
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
