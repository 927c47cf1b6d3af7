import { describe, expect, it } from 'vitest';
import { EntryGrouper, imbalanceIssue } from '../../../../src-main/import/fec/entry-grouper';
import type { FecEntry, FecLine } from '../../../../src-main/import/fec/types';
import { makeLine } from './fec-fixture';

function run(lines: FecLine[], grouper = new EntryGrouper()): FecEntry[] {
  return [...lines.flatMap((line) => grouper.add(line)), ...grouper.flush()];
}

const summary = (entries: FecEntry[]) =>
  entries.map(
    (entry) => `${entry.journalCode}${entry.entryNumber}:${entry.lines.map((l) => l.line)}`,
  );

describe('EntryGrouper', () => {
  it('groups consecutive lines of the same journal and entry number', () => {
    const entries = run([
      makeLine({ line: 2, entryNumber: '1', debitCents: 100 }),
      makeLine({ line: 3, entryNumber: '1', creditCents: 100 }),
      makeLine({ line: 4, journalCode: 'BQ', entryNumber: '1', debitCents: 50 }),
      makeLine({ line: 5, journalCode: 'BQ', entryNumber: '1', creditCents: 50 }),
    ]);

    expect(summary(entries)).toEqual(['VE1:2,3', 'BQ1:4,5']);
  });

  it('hands a balanced entry out as soon as another entry starts', () => {
    const grouper = new EntryGrouper();
    grouper.add(makeLine({ line: 2, entryNumber: '1', debitCents: 100 }));
    grouper.add(makeLine({ line: 3, entryNumber: '1', creditCents: 100 }));

    expect(summary(grouper.add(makeLine({ line: 4, entryNumber: '2' })))).toEqual(['VE1:2,3']);
  });

  it('joins the lines of an entry that the export interleaved with another', () => {
    const entries = run([
      makeLine({ line: 2, entryNumber: '6', debitCents: 1000 }),
      makeLine({ line: 3, entryNumber: '7', debitCents: 40 }),
      makeLine({ line: 4, entryNumber: '7', creditCents: 40 }),
      makeLine({ line: 5, entryNumber: '6', creditCents: 1000 }),
    ]);

    expect(summary(entries)).toEqual(['VE7:3,4', 'VE6:2,5']);
    expect(entries.map(imbalanceIssue)).toEqual([null, null]);
  });

  it('reports an entry still unbalanced at the end of the file, naming its lines', () => {
    const [entry] = run([
      makeLine({ line: 8, entryNumber: '3', debitCents: 12000 }),
      makeLine({ line: 9, entryNumber: '3', creditCents: 11000 }),
    ]);

    expect(entry && imbalanceIssue(entry)).toEqual({
      line: 8,
      message: expect.stringMatching(
        /^Ligne 8 : écriture VE n° 3 déséquilibrée \(lignes 8, 9\) : débit 120,00\s€, crédit 110,00\s€$/,
      ),
    });
  });

  it('stops waiting for the rest of an entry after the idle limit', () => {
    const grouper = new EntryGrouper(2);
    grouper.add(makeLine({ line: 2, entryNumber: '1', debitCents: 100 }));
    grouper.add(makeLine({ line: 3, entryNumber: '2' }));
    grouper.add(makeLine({ line: 4, entryNumber: '3' }));

    const released = grouper.add(makeLine({ line: 5, entryNumber: '4' }));

    expect(summary(released)).toEqual(['VE3:4', 'VE1:2']);
  });

  it('lists the first twelve lines of a long entry and counts the others', () => {
    const lines = Array.from({ length: 15 }, (_, index) =>
      makeLine({ line: index + 2, entryNumber: '9', debitCents: 1 }),
    );
    const [entry] = run(lines);

    expect(entry && imbalanceIssue(entry)?.message).toContain(
      '(lignes 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 et 3 autres)',
    );
  });
});
