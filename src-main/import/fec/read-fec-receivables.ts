import type { CalendarDate } from '../../../src-shared/dates/calendar-date';
import { classifyEntry } from './entry-classifier';
import { EntryGrouper, imbalanceIssue } from './entry-grouper';
import { FecEncodingRestart } from './fec-errors';
import { buildFecPreview } from './fec-preview';
import { readFecLines } from './fec-reader';
import { IssueList } from './issue-list';
import { readFileChunks } from './read-file-chunks';
import { ReceivablesBuilder } from './receivables-builder';
import type { FecEncoding, FecEntry, FecReadOptions, FecReceivables } from './types';

/**
 * Reads a FEC file as a stream and builds the customers' receivables with a preview of the
 * import. Lines that cannot be read and unbalanced entries become issues and the reading goes
 * on; a file that is not a FEC throws FecNotRecognisedError, a cancelled read FecCancelledError.
 */
export async function readFecReceivables(
  filePath: string,
  options: FecReadOptions = {},
): Promise<FecReceivables> {
  try {
    return await readOnce(filePath, options, 'auto');
  } catch (error) {
    // Rare: a file first read as ISO-8859-15 turns out to be Windows-1252 once bytes only
    // Windows-1252 uses appear. Read again, the encoding known from the start.
    if (!(error instanceof FecEncodingRestart)) throw error;
    return readOnce(filePath, options, error.encoding);
  }
}

async function readOnce(
  filePath: string,
  options: FecReadOptions,
  encoding: FecEncoding | 'auto',
): Promise<FecReceivables> {
  const reader = readFecLines(readFileChunks(filePath, options), encoding);
  const grouper = new EntryGrouper();
  const builder = new ReceivablesBuilder();
  const issues = new IssueList();
  const rejected = new IssueList();
  let from: CalendarDate | null = null;
  let to: CalendarDate | null = null;
  let rejectedLineCount = 0;

  const settle = (entries: FecEntry[]): void => {
    for (const entry of entries) {
      const issue = imbalanceIssue(entry);
      if (issue !== null) issues.add(issue);
      builder.add(classifyEntry(entry, from));
    }
  };

  let next = await reader.next();
  while (next.done !== true) {
    for (const parsed of next.value) {
      if (parsed.ok) {
        const date = parsed.line.entryDate;
        if (from === null || date < from) from = date;
        if (to === null || date > to) to = date;
        settle(grouper.add(parsed.line));
      } else {
        rejectedLineCount += 1;
        issues.add(parsed.issue);
        rejected.add(parsed.issue);
      }
    }
    next = await reader.next();
  }
  settle(grouper.flush());

  const customers = builder.build();
  const period = from !== null && to !== null ? { from, to } : null;
  const preview = buildFecPreview({
    filePath,
    facts: next.value,
    customers,
    issues,
    period,
    rejectedLines: rejected.list(),
    rejectedLineCount,
  });
  return { customers, preview };
}
