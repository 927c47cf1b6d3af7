import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recogniseHeader } from '../../../../src-main/import/fec/fec-columns';
import { EntryGrouper } from '../../../../src-main/import/fec/entry-grouper';
import { FecEncodingRestart } from '../../../../src-main/import/fec/fec-errors';
import { parseFecLine, type ParsedFecLine } from '../../../../src-main/import/fec/fec-line-parser';
import { readFecLines } from '../../../../src-main/import/fec/fec-reader';
import { parseFecAmount } from '../../../../src-main/import/fec/fec-values';
import { LineSplitter } from '../../../../src-main/import/fec/line-splitter';
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

/** Reads all lines, starting over in ISO-8859-15 when asked to, as readFecReceivables does. */
async function readAll(chunks: Uint8Array[]): Promise<ParsedFecLine[]> {
  const results: ParsedFecLine[] = [];
  try {
    for await (const batch of readFecLines(stream(chunks))) results.push(...batch);
    return results;
  } catch (error) {
    if (!(error instanceof FecEncodingRestart)) throw error;
  }
  results.length = 0;
  for await (const batch of readFecLines(stream(chunks), 'iso-8859-15')) results.push(...batch);
  return results;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
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

  it('reports exactly the broken lines, by number, whatever the separator, line ends, encoding and chunks', async () => {
    const line = fc.record({
      row: validRow,
      mutation,
      seed: fc.nat(),
      blankBefore: fc.boolean(),
      end: fc.constantFrom('\n', '\r\n', '\r'),
    });
    const file = fc.record({
      lines: fc.array(line, { minLength: 1, maxLength: 40 }),
      pipe: fc.boolean(),
      latin9: fc.boolean(),
      bom: fc.boolean(),
      cuts: fc.array(fc.nat(), { maxLength: 12 }),
    });

    await fc.assert(
      fc.asyncProperty(file, async ({ lines, pipe, latin9, bom, cuts }) => {
        const separator = pipe ? '|' : '\t';
        let content = STANDARD_HEADER.join(separator) + (pipe ? '|' : '') + '\n';
        let number = 1;
        const broken: number[] = [];
        const expected = new Map<number, ValidRow>();
        for (const { row, mutation: kind, seed, blankBefore, end } of lines) {
          // A blank line ends with CRLF: after a lone CR, a lone LF would merge into one CRLF.
          if (blankBefore) {
            content += '\r\n';
            number += 1;
          }
          number += 1;
          const shaped =
            kind === null
              ? { fields: values(row), trailing: true }
              : mutate(values(row), kind, seed);
          if (kind === null) expected.set(number, row);
          else broken.push(number);
          content += shaped.fields.join(separator) + (pipe && shaped.trailing ? '|' : '') + end;
        }
        const encoded = latin9
          ? toLatin9(content)
          : new TextEncoder().encode((bom ? '\ufeff' : '') + content);

        const results = await readAll(chunked(encoded, cuts));
        // The rule is « valid UTF-8 is UTF-8 »: Latin-9 bytes that happen to be valid UTF-8
        // (é followed by ŒŒ is E9 BC BC, one CJK character) are read as UTF-8.
        const asUtf8 = !latin9 || isUtf8(encoded);
        const labelOf = (row: ValidRow) =>
          (asUtf8 && latin9 ? new TextDecoder().decode(toLatin9(row.label)) : row.label).trim();

        const issues = results.flatMap((r) => (r.ok ? [] : [r.issue.line]));
        expect(issues).toEqual(broken);
        for (const result of results) {
          if (!result.ok) continue;
          const row = expected.get(result.line.line);
          expect(result.line.debitCents).toBe(row?.debit);
          expect(result.line.label).toBe(row && labelOf(row));
        }
      }),
      { numRuns: 150 },
    );
  });

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
