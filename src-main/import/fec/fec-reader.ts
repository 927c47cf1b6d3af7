import { recogniseHeader, type FecLayout } from './fec-columns';
import { FecNotRecognisedError } from './fec-errors';
import { lineIssue, parseFecLine, type ParsedFecLine } from './fec-line-parser';
import { LineSplitter, MAX_LINE_BYTES, type SplitLine } from './line-splitter';
import type { FecEncoding } from './types';

/** What the reader learnt about the file once it has read it to the end. */
export interface FecFileFacts {
  layout: FecLayout;
  encoding: FecEncoding;
  /** Data lines, header and blank lines left out. */
  lineCount: number;
}

/**
 * Reads a FEC from its bytes: recognises the header line, then yields the data lines of each
 * chunk, parsed or with the issue that says why they could not be (batches keep a million
 * lines fast). Throws FecNotRecognisedError at once when the first line is not a FEC header.
 * Blank lines are skipped but keep their number.
 */
export async function* readFecLines(
  chunks: AsyncIterable<Uint8Array>,
  encoding: FecEncoding | 'auto' = 'auto',
): AsyncGenerator<ParsedFecLine[], FecFileFacts> {
  const splitter = new LineSplitter(encoding);
  let layout: FecLayout | null = null;
  let lineNumber = 0;
  let lineCount = 0;

  for await (const lines of splitLines(chunks, splitter)) {
    const batch: ParsedFecLine[] = [];
    for (const line of lines) {
      lineNumber += 1;
      const blank = !line.overlong && line.unreadable === null && line.text.trim() === '';
      if (layout === null) {
        if (!blank) layout = headerOf(line);
        continue;
      }
      if (blank) continue;

      lineCount += 1;
      if (line.overlong) {
        const limit = MAX_LINE_BYTES.toLocaleString('fr-FR');
        batch.push({
          ok: false,
          issue: lineIssue(lineNumber, [`ligne de plus de ${limit} octets, ignorée`]),
        });
      } else if (line.unreadable !== null) {
        batch.push({ ok: false, issue: lineIssue(lineNumber, [line.unreadable]) });
      } else {
        batch.push(parseFecLine(line.text, lineNumber, layout, line.complete));
      }
    }
    if (batch.length > 0) yield batch;
  }

  if (layout === null) throw new FecNotRecognisedError('le fichier est vide.');
  return { layout, encoding: splitter.encoding, lineCount };
}

async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  splitter: LineSplitter,
): AsyncGenerator<SplitLine[]> {
  for await (const chunk of chunks) yield splitter.push(chunk);
  yield splitter.end();
}

function headerOf(line: SplitLine): FecLayout {
  if (isUtf16(line.text)) {
    throw new FecNotRecognisedError(
      "il est enregistré en UTF-16 (« Unicode » dans Excel ou le Bloc-notes), alors qu'un FEC " +
        'est en UTF-8, en ISO-8859-15 ou en Windows-1252. Exportez-le de nouveau depuis le ' +
        'logiciel comptable, ou enregistrez-le en UTF-8.',
    );
  }
  if (line.overlong || hasControlCharacter(line.text)) {
    throw new FecNotRecognisedError(
      "c'est un fichier binaire (tableur, PDF, archive…) et non le fichier texte qu'exporte le " +
        'logiciel comptable.',
    );
  }
  return recogniseHeader(line.text);
}

// A UTF-16 byte order mark read as ISO-8859-15 is « ÿþ » or « þÿ »; without one, every other
// byte of an ASCII header is a NUL.
function isUtf16(text: string): boolean {
  if (/^(?:\u00ff\u00fe|\u00fe\u00ff)/.test(text)) return true;
  return text.length >= 8 && [1, 3, 5, 7].every((index) => text.charCodeAt(index) === 0);
}

// Control characters other than tab (and the CR and LF already cut away) do not occur in a
// text export; a header holding one is the start of a binary file.
function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 && code !== 0x09) return true;
  }
  return false;
}
