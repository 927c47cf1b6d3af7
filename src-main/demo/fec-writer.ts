import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  addDays,
  addYears,
  isCalendarDate,
  minDate,
  type CalendarDate,
} from '../../src-shared/dates/calendar-date';
import { BufferedWriter } from './buffered-writer';
import type { DemoCreditor, DemoDebtor } from './demo-types';
import { debtorFecEntries, type FiscalYear } from './fec-debtor-entries';
import { fillerEntries } from './fec-filler';
import {
  ACCOUNTS,
  fecDate,
  fecFileName,
  fecHeader,
  formatFecLine,
  formatFecLineTail,
  JOURNALS,
  type FecEntry,
  type JournalCode,
} from './fec-format';
import { createRandom, deriveSeed } from './random';

/** What to write: the creditor, its debtors (any iterable, even a generator) and the year. */
export interface FecWriterOptions {
  company: DemoCreditor;
  debtors: Iterable<DemoDebtor>;
  /** The last day of the data; filler entries are never dated after it. */
  today: CalendarDate;
  /** Folder the file is written to, under the name `<SIREN>FEC<closing date>.txt`. */
  directory: string;
  /** First day of the fiscal year; 1 January of `today`'s year when left out. */
  fiscalYearStart?: CalendarDate;
  /**
   * Pads the file with purchase, payroll and bank entries up to this many lines, header included.
   */
  targetLines?: number;
  /** Seed of the filler entries; 0 when left out. */
  seed?: number;
}

/** Where the file went and what it holds. */
export interface FecWriteResult {
  path: string;
  fileName: string;
  fiscalYear: FiscalYear;
  /** Lines in the file, header included. */
  lineCount: number;
  entryCount: number;
  fillerEntryCount: number;
}

const OPENING_ENTRY_NUMBER = 'AN000001';
const JOURNAL_ORDER: Record<JournalCode, number> = { AN: 0, VE: 1, BQ: 2, HA: 3, OD: 4 };
const FILLER_STREAM = 0xf111;
// Temporary records hold one entry each; control characters never appear in the FEC text.
const FIELD_SEPARATOR = '\u001f';
const LINE_SEPARATOR = '\u001e';

/**
 * Writes the ledger of the demo company as a FEC streamed to disk. Entries first go to one
 * temporary file per month; each month is then sorted by date and numbered per journal, so the
 * final file is in chronological order while memory holds one month at most.
 */
export async function writeDemoFec(options: FecWriterOptions): Promise<FecWriteResult> {
  const year = fiscalYearOf(options);
  const fileName = fecFileName(options.company.siren, year.end);
  const path = join(options.directory, fileName);
  const workDirectory = await mkdtemp(join(options.directory, '.fec-parts-'));
  try {
    const buckets = new MonthBuckets(workDirectory, year.start);
    const openingPath = join(workDirectory, 'opening.txt');
    const ledger = await writeLedgerParts(options.debtors, year, openingPath, buckets);
    const fillerLinesWanted = (options.targetLines ?? 0) - 1 - ledger.lineCount;
    const filler = await writeFillerParts(options, year, fillerLinesWanted, buckets);
    await buckets.close();

    const output = new BufferedWriter(path);
    await output.write(`${fecHeader()}\n`);
    await output.copyFrom(openingPath);
    const counters = new Map<string, number>([['AN', ledger.hasOpeningEntry ? 1 : 0]]);
    for (const bucketPath of buckets.paths()) await writeSortedMonth(output, bucketPath, counters);
    await output.close();

    return {
      path,
      fileName,
      fiscalYear: year,
      lineCount: 1 + ledger.lineCount + filler.lineCount,
      entryCount: ledger.entryCount + filler.entryCount,
      fillerEntryCount: filler.entryCount,
    };
  } finally {
    await rm(workDirectory, { recursive: true, force: true });
  }
}

// The customers' entries into the month buckets, and their open items brought forward, with
// the balancing line, into the opening file.
async function writeLedgerParts(
  debtors: Iterable<DemoDebtor>,
  year: FiscalYear,
  openingPath: string,
  buckets: MonthBuckets,
): Promise<{ lineCount: number; entryCount: number; hasOpeningEntry: boolean }> {
  const opening = new BufferedWriter(openingPath);
  let lineCount = 0;
  let entryCount = 0;
  let openingLines = 0;
  let openingTotal = 0;
  for (const item of debtors) {
    const debtorEntries = debtorFecEntries(item, year);
    for (const line of debtorEntries.openingLines) {
      await opening.write(`${formatFecLine('AN', OPENING_ENTRY_NUMBER, year.start, line)}\n`);
      openingLines += 1;
      openingTotal += line.debitCents;
    }
    for (const entry of debtorEntries.entries) {
      await buckets.write(entry);
      lineCount += entry.lines.length;
      entryCount += 1;
    }
  }
  if (openingLines > 0) {
    await opening.write(`${openingCounterpart(year.start, openingTotal)}\n`);
    lineCount += openingLines + 1;
    entryCount += 1;
  }
  await opening.close();
  return { lineCount, entryCount, hasOpeningEntry: openingLines > 0 };
}

// Purchase, payroll and bank entries until the wanted number of lines is reached, dated within
// the year and never after today.
async function writeFillerParts(
  options: FecWriterOptions,
  year: FiscalYear,
  linesWanted: number,
  buckets: MonthBuckets,
): Promise<{ lineCount: number; entryCount: number }> {
  let lineCount = 0;
  let entryCount = 0;
  if (linesWanted <= 0) return { lineCount, entryCount };
  const random = createRandom(deriveSeed(options.seed ?? 0, FILLER_STREAM));
  for (const entry of fillerEntries(random, year.start, minDate(year.end, options.today))) {
    if (lineCount >= linesWanted) break;
    await buckets.write(entry);
    lineCount += entry.lines.length;
    entryCount += 1;
  }
  return { lineCount, entryCount };
}

function fiscalYearOf(options: FecWriterOptions): FiscalYear {
  const start = options.fiscalYearStart ?? `${options.today.slice(0, 4)}-01-01`;
  if (!isCalendarDate(start) || !isCalendarDate(options.today)) {
    throw new RangeError(`fec: dates must be YYYY-MM-DD, got ${start} and ${options.today}`);
  }
  return { start, end: addDays(addYears(start, 1), -1) };
}

// The receivables brought forward balance against retained earnings: this demo ledger keeps
// no other balance-sheet account, so the opening entry carries only customers.
function openingCounterpart(start: CalendarDate, totalCents: number): string {
  return formatFecLine('AN', OPENING_ENTRY_NUMBER, start, {
    account: ACCOUNTS.retainedEarnings,
    auxNumber: '',
    auxLabel: '',
    pieceRef: 'AN',
    pieceDate: start,
    label: 'Contrepartie des créances clients reprises',
    debitCents: 0,
    creditCents: totalCents,
    lettrage: '',
    lettrageDate: null,
  });
}

async function writeSortedMonth(
  output: BufferedWriter,
  bucketPath: string,
  counters: Map<string, number>,
): Promise<void> {
  const records = (await readFile(bucketPath, 'utf8')).split('\n');
  records.pop();
  // Every record starts with its date and journal rank, so a plain string sort puts them in
  // date and journal order; ties fall back on the record's text, so the order is reproducible.
  records.sort();
  for (const record of records) {
    const journal = record.slice(9, 11) as JournalCode;
    const number = (counters.get(journal) ?? 0) + 1;
    counters.set(journal, number);
    const prefix = `${journal}\t${JOURNALS[journal]}\t${journal}${String(number).padStart(6, '0')}\t`;
    const tails = record.slice(12).split(LINE_SEPARATOR);
    await output.write(`${prefix}${tails.join(`\n${prefix}`)}\n`);
  }
}

// One temporary file per calendar month of the fiscal year, each record one entry: `YYYYMMDD`
// and the journal's rank (the sort key), the journal code, a separator, then the entry's lines
// from EcritureDate onwards joined by LINE_SEPARATOR.
class MonthBuckets {
  private readonly writers = new Map<number, BufferedWriter>();

  constructor(
    private readonly directory: string,
    private readonly start: CalendarDate,
  ) {}

  async write(entry: FecEntry): Promise<void> {
    const month = this.monthIndex(entry.date);
    let writer = this.writers.get(month);
    if (!writer) {
      writer = new BufferedWriter(this.pathOf(month));
      this.writers.set(month, writer);
    }
    const tails = entry.lines.map((line) => formatFecLineTail(entry.date, line));
    const sortKey = `${fecDate(entry.date)}${JOURNAL_ORDER[entry.journal]}`;
    await writer.write(
      `${sortKey}${entry.journal}${FIELD_SEPARATOR}${tails.join(LINE_SEPARATOR)}\n`,
    );
  }

  async close(): Promise<void> {
    for (const writer of this.writers.values()) await writer.close();
  }

  paths(): string[] {
    return [...this.writers.keys()]
      .sort((left, right) => left - right)
      .map((month) => this.pathOf(month));
  }

  private monthIndex(date: CalendarDate): number {
    const months = (value: CalendarDate) =>
      Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7));
    return months(date) - months(this.start);
  }

  private pathOf(month: number): string {
    return join(this.directory, `month-${String(month).padStart(2, '0')}.txt`);
  }
}
