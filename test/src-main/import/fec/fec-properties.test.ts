import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recogniseHeader } from '../../../../src-main/import/fec/fec-columns';
import { EntryGrouper } from '../../../../src-main/import/fec/entry-grouper';
import { FecEncodingRestart } from '../../../../src-main/import/fec/fec-errors';
import { parseFecLine, type ParsedFecLine } from '../../../../src-main/import/fec/fec-line-parser';
import { readFecLines } from '../../../../src-main/import/fec/fec-reader';
import { parseFecAmount } from '../../../../src-main/import/fec/fec-values';
import { LineSplitter } from '../../../../src-main/import/fec/line-splitter';
import { decodeAs, readingsOf } from './encoding-oracle';
import { makeLine, STANDARD_HEADER, toLatin9 } from './fec-fixture';

const tabs = recogniseHeader(STANDARD_HEADER.join('\t'));
const text = (chars: string[], maxLength = 12) =>
  fc.string({ unit: fc.constantFrom(...chars), maxLength });
const labelText = text(['a', 'Z', 'é', '€', 'Œ', ' ', '0', '-', "'", '&', ',', '.']);

/** Cuts bytes at random places, as a stream hands them over. */
function chunked(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  return chunks;
}

async function* stream(chunks: Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* chunks;
}

/** Reads all lines, starting over in the encoding asked for, as readFecReceivables does. */
async function readAll(chunks: Uint8Array[]): Promise<ParsedFecLine[]> {
  const results: ParsedFecLine[] = [];
  let restart: FecEncodingRestart;
  try {
    for await (const batch of readFecLines(stream(chunks))) results.push(...batch);
    return results;
  } catch (error) {
    if (!(error instanceof FecEncodingRestart)) throw error;
    restart = error;
  }
  results.length = 0;
  for await (const batch of readFecLines(stream(chunks), restart.encoding)) results.push(...batch);
  return results;
}

// The bytes of the label field (EcritureLib, the 11th) of a written line.
function labelBytesOf(line: Uint8Array, separator: string): Uint8Array {
  const code = separator.charCodeAt(0);
  let field = 0;
  let start = 0;
  for (let index = 0; index <= line.length; index += 1) {
    if (index < line.length && line[index] !== code) continue;
    if (field === 10) return line.subarray(start, index);
    field += 1;
    start = index + 1;
  }
  return new Uint8Array(0);
}

const cents = fc.integer({ min: 0, max: 99_999_999_999 });
const fecAmount = (value: number, pad: number) =>
  `${String(Math.floor(value / 100)).padStart(pad, '0')},${String(value % 100).padStart(2, '0')}`;

const validRow = fc.record({
  journal: fc.constantFrom('VE', 'BQ', 'OD', 'AN', 'ach'),
  num: fc.nat({ max: 99_999 }).map(String),
  date: fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
  account: fc.constantFrom('411000', '706000', '512000', '445710', '41100012'),
  label: labelText,
  debit: cents,
  credit: cents,
  pad: fc.nat({ max: 13 }),
});
type ValidRow = typeof validRow extends fc.Arbitrary<infer T> ? T : never;

const compact = (date: Date) => date.toISOString().slice(0, 10).replace(/-/g, '');

function values(row: ValidRow): string[] {
  const day = compact(row.date);
  const debit = fecAmount(row.debit, row.pad);
  const credit = fecAmount(row.credit, row.pad);
  return [
    row.journal,
    'Journal',
    row.num,
    day,
    row.account,
    'Compte',
    '',
    '',
    'P',
    day,
    row.label,
    debit,
    credit,
    '',
    '',
    day,
    '',
    '',
  ];
}

type Mutation = 'drop' | 'extra' | 'date' | 'amount' | 'account';
const mutation = fc.option(
  fc.constantFrom<Mutation>('drop', 'extra', 'date', 'amount', 'account'),
  {
    freq: 3,
  },
);

/** Breaks a line for sure; the returned flag says whether a trailing separator may follow. */
function mutate(
  fields: string[],
  kind: Mutation,
  seed: number,
): { fields: string[]; trailing: boolean } {
  const copy = [...fields];
  if (kind === 'drop') return { fields: copy.toSpliced(seed % 18, 1), trailing: false };
  if (kind === 'extra') return { fields: [...copy, 'X'], trailing: false };
  if (kind === 'date') copy[3] = ['20231345', '20230230', '2023', '31/02/2023'][seed % 4] ?? '';
  if (kind === 'amount') copy[11] = ['12.345,6', '1 234,56', 'abc', '1,2,3'][seed % 4] ?? '';
  if (kind === 'account') copy[4] = '   ';
  return { fields: copy, trailing: true };
}

describe('FEC reading under random input', () => {
  it('parseFecLine never throws and numbers every issue with its line', () => {
    const noise = text(['\t', '|', 'a', '0', '9', ',', '.', '-', ' ', '/', 'é', '\u0000'], 300);
    fc.assert(
      fc.property(noise, fc.integer({ min: 2, max: 2_000_000 }), (line, number) => {
        const result = parseFecLine(line, number, tabs, number % 2 === 0);
        if (!result.ok) {
          expect(result.issue.line).toBe(number);
          expect(result.issue.message.startsWith(`Ligne ${number} : `)).toBe(true);
        }
      }),
    );
  });

  it(
    'reports exactly the broken lines, by number, whatever the separator, line ends, encodings ' +
      'and chunks',
    async () => {
      const line = fc.record({
        row: validRow,
        mutation,
        seed: fc.nat(),
        blankBefore: fc.boolean(),
        end: fc.constantFrom('\n', '\r\n', '\r'),
        // In a file that mixes encodings, whether this line is written in Latin-9.
        latin9: fc.boolean(),
      });
      const file = fc.record({
        lines: fc.array(line, { minLength: 1, maxLength: 40 }),
        pipe: fc.boolean(),
        encoding: fc.constantFrom('utf-8', 'latin9', 'mixed'),
        bom: fc.boolean(),
        cuts: fc.array(fc.nat(), { maxLength: 12 }),
      });

      await fc.assert(
        fc.asyncProperty(file, async ({ lines, pipe, encoding, bom, cuts }) => {
          const separator = pipe ? '|' : '\t';
          const withBom = bom && encoding !== 'latin9';
          const header = STANDARD_HEADER.join(separator) + (pipe ? '|' : '') + '\n';
          const parts: Uint8Array[] = [
            new TextEncoder().encode((withBom ? '\ufeff' : '') + header),
          ];
          let number = 1;
          const written: { number: number; row: ValidRow; broken: boolean; bytes: Uint8Array }[] =
            [];
          for (const { row, mutation: kind, seed, blankBefore, end, latin9 } of lines) {
            const inLatin9 = encoding === 'latin9' || (encoding === 'mixed' && latin9);
            const encode = (text: string) =>
              inLatin9 ? toLatin9(text) : new TextEncoder().encode(text);
            // A blank line ends with CRLF: after a lone CR, a lone LF would merge into one CRLF.
            if (blankBefore) {
              parts.push(encode('\r\n'));
              number += 1;
            }
            number += 1;
            const shaped =
              kind === null
                ? { fields: values(row), trailing: true }
                : mutate(values(row), kind, seed);
            const text = shaped.fields.join(separator) + (pipe && shaped.trailing ? '|' : '');
            const bytes = encode(text);
            written.push({ number, row, broken: kind !== null, bytes });
            parts.push(bytes, encode(end));
          }

          const results = await readAll(chunked(Buffer.concat(parts), cuts));
          const readings = readingsOf(
            written.map((line) => line.bytes),
            withBom,
          );
          const expected = new Map(
            written.map((line, index) => [line.number, { line, reading: readings[index] }]),
          );

          const issues = results.flatMap((r) => (r.ok ? [] : [r.issue.line]));
          expect(issues).toEqual(
            written
              .filter((line, index) => line.broken || readings[index] === 'unreadable')
              .map((line) => line.number),
          );
          for (const result of results) {
            if (!result.ok) continue;
            const found = expected.get(result.line.line);
            expect(result.line.debitCents).toBe(found?.line.row.debit);
            const label = labelBytesOf(found?.line.bytes ?? new Uint8Array(0), separator);
            expect(result.line.label).toBe(decodeAs(found?.reading ?? 'unreadable', label).trim());
          }
        }),
        { numRuns: 200 },
      );
    },
  );

  it('LineSplitter cuts any text into the same lines however the bytes are chunked', () => {
    const piece = text(['a', 'é', '€', '\u{1F600}', '\t', '|', '\r', '\n', ' '], 60);
    fc.assert(
      fc.property(piece, fc.array(fc.nat(), { maxLength: 20 }), (content, cuts) => {
        const bytes = new TextEncoder().encode(content);
        const splitter = new LineSplitter();
        const lines = chunked(bytes, cuts).flatMap((chunk) => splitter.push(chunk));
        lines.push(...splitter.end());

        const reference = content.split(/\r\n|\r|\n/);
        if (/[\r\n]$/.test(content) || content === '') reference.pop();
        expect(lines.map((l) => l.text)).toEqual(reference);
      }),
    );
  });

  it('parseFecAmount reads back any amount written the FEC way', () => {
    const signed = fc.integer({ min: -999_999_999_999_99, max: 999_999_999_999_99 });
    fc.assert(
      fc.property(signed, fc.nat({ max: 15 }), fc.boolean(), (value, pad, plus) => {
        const sign = value < 0 ? '-' : plus ? '+' : '';
        const written = sign + fecAmount(Math.abs(value), pad);

        expect(parseFecAmount(written)).toEqual({ ok: true, value });
      }),
    );
  });

  it('EntryGrouper puts every line in exactly one entry of its own key', () => {
    const step = fc.record({
      key: fc.constantFrom('1', '2', '3', '4'),
      debit: fc.nat(5),
      credit: fc.nat(5),
    });
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        (steps, idle) => {
          const grouper = new EntryGrouper(idle);
          const lines = steps.map((s, index) =>
            makeLine({
              line: index + 2,
              entryNumber: s.key,
              debitCents: s.debit,
              creditCents: s.credit,
            }),
          );
          const entries = [...lines.flatMap((line) => grouper.add(line)), ...grouper.flush()];

          const placed = entries.flatMap((entry) => entry.lines.map((line) => line.line));
          expect(placed.sort((a, b) => a - b)).toEqual(lines.map((line) => line.line));
          for (const entry of entries) {
            expect(entry.lines.every((line) => line.entryNumber === entry.entryNumber)).toBe(true);
          }
        },
      ),
    );
  });
});
