import { formatEuros } from '../../../src-shared/money/format-amount';
import type { FecEntry, FecIssue, FecLine } from './types';

interface OpenEntry extends FecEntry {
  lastLine: number;
}

/**
 * How many lines an unbalanced entry waits for its missing lines before it is reported.
 * The standard wants an entry's lines together, but real exports interleave them: the
 * reference FEC of 2022 has purchase entries whose last line comes 25 lines after the rest.
 */
export const IDLE_LINES = 10_000;

const LISTED_LINES = 12;

/**
 * Gathers lines into entries by JournalCode + EcritureNum, keeping memory bounded. An entry
 * closes when a line of another entry follows; if it balances it is handed out at once,
 * otherwise it waits (up to IDLE_LINES lines) for lines of the same entry further down.
 */
export class EntryGrouper {
  private current: OpenEntry | null = null;
  private readonly waiting = new Map<string, OpenEntry>();

  constructor(private readonly idleLines = IDLE_LINES) {}

  /** Adds the next line of the file; returns the entries this line lets go. */
  add(line: FecLine): FecEntry[] {
    const key = keyOf(line.journalCode, line.entryNumber);
    const done: FecEntry[] = [];

    if (
      this.current === null ||
      keyOf(this.current.journalCode, this.current.entryNumber) !== key
    ) {
      if (this.current !== null) this.close(this.current, done);
      this.current = this.waiting.get(key) ?? newEntry(line);
      this.waiting.delete(key);
      this.release(line.line, done);
    }

    this.current.lines.push(line);
    this.current.debitCents += line.debitCents;
    this.current.creditCents += line.creditCents;
    this.current.lastLine = line.line;
    return done;
  }

  /** Lets go of every entry still held, at the end of the file. */
  flush(): FecEntry[] {
    const done: FecEntry[] = [];
    if (this.current !== null) this.close(this.current, done);
    this.current = null;
    this.release(Number.POSITIVE_INFINITY, done);
    return done;
  }

  private close(entry: OpenEntry, done: FecEntry[]): void {
    if (entry.debitCents === entry.creditCents) done.push(strip(entry));
    else this.waiting.set(keyOf(entry.journalCode, entry.entryNumber), entry);
  }

  private release(lineNumber: number, done: FecEntry[]): void {
    // The map keeps insertion order, and an entry is re-inserted each time it closes again,
    // so the entries idle the longest come first.
    for (const [key, entry] of this.waiting) {
      if (lineNumber - entry.lastLine <= this.idleLines) break;
      this.waiting.delete(key);
      done.push(strip(entry));
    }
  }
}

/** The issue of an entry whose debits and credits differ, naming the entry and its lines. */
export function imbalanceIssue(entry: FecEntry): FecIssue | null {
  if (entry.debitCents === entry.creditCents) return null;
  const numbers = entry.lines.map((line) => line.line).sort((a, b) => a - b);
  const first = numbers[0] ?? 0;
  const listed = numbers.slice(0, LISTED_LINES).join(', ');
  const more = numbers.length > LISTED_LINES ? ` et ${numbers.length - LISTED_LINES} autres` : '';
  const lines = `${numbers.length > 1 ? 'lignes' : 'ligne'} ${listed}${more}`;
  const entryName = `écriture ${entry.journalCode} n° ${entry.entryNumber}`;
  const [debit, credit] = [formatEuros(entry.debitCents), formatEuros(entry.creditCents)];
  const totals = `débit ${debit}, crédit ${credit}`;
  return {
    line: first,
    message: `Ligne ${first} : ${entryName} déséquilibrée (${lines}) : ${totals}`,
  };
}

function keyOf(journalCode: string, entryNumber: string): string {
  return `${journalCode}\u0000${entryNumber}`;
}

function newEntry(line: FecLine): OpenEntry {
  return {
    journalCode: line.journalCode,
    entryNumber: line.entryNumber,
    lines: [],
    debitCents: 0,
    creditCents: 0,
    lastLine: line.line,
  };
}

function strip(entry: OpenEntry): FecEntry {
  const { journalCode, entryNumber, lines, debitCents, creditCents } = entry;
  return { journalCode, entryNumber, lines, debitCents, creditCents };
}
