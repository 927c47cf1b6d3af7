import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoCompany } from '../../../src-main/demo/demo-company';
import type { DemoCompany } from '../../../src-main/demo/demo-types';
import { writeDemoFec, type FecWriteResult } from '../../../src-main/demo/fec-writer';

const TODAY = '2025-06-30';
const TARGET_LINES = 6_000;

interface Row {
  journal: string;
  entryNumber: string;
  entryDate: string;
  account: string;
  aux: string;
  pieceRef: string;
  debit: number;
  credit: number;
  lettrage: string;
  lettrageDate: string;
  fields: string[];
}

// Reads the file back the naive way: split on line ends, then on tabs.
function readFec(path: string): { header: string; rows: Row[] } {
  const [header = '', ...lines] = readFileSync(path, 'utf8').split('\n');
  expect(lines.pop()).toBe('');
  const cents = (text: string) => Number(text.replace(',', '')) * (text.includes(',') ? 1 : 100);
  const rows = lines.map((line) => {
    const fields = line.split('\t');
    return {
      journal: fields[0] ?? '',
      entryNumber: fields[2] ?? '',
      entryDate: fields[3] ?? '',
      account: fields[4] ?? '',
      aux: fields[6] ?? '',
      pieceRef: fields[8] ?? '',
      debit: cents(fields[11] ?? ''),
      credit: cents(fields[12] ?? ''),
      lettrage: fields[13] ?? '',
      lettrageDate: fields[14] ?? '',
      fields,
    };
  });
  return { header, rows };
}

function groupBy(rows: Row[], key: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

function total(rows: Row[], amount: (row: Row) => number): number {
  return rows.reduce((sum, row) => sum + amount(row), 0);
}

// Debit less credit on the customer accounts, per customer, leaving out those at zero.
function customerBalances(rows: Row[]): Map<string, number> {
  const customers = rows.filter((row) => row.account.startsWith('411'));
  const balances = new Map<string, number>();
  for (const [aux, lines] of groupBy(customers, (row) => row.aux)) {
    const balance = total(lines, (row) => row.debit - row.credit);
    if (balance !== 0) balances.set(aux, balance);
  }
  return balances;
}

// What each customer owes in the generated data: TTC invoiced less paid less credited.
function expectedBalances(demo: DemoCompany): Map<string, number> {
  const balances = new Map<string, number>();
  for (const item of demo.debtors) {
    const invoiced = item.invoices.reduce((sum, invoice) => sum + invoice.amountInclTaxCents, 0);
    const paid = item.payments.reduce((sum, payment) => sum + payment.amountCents, 0);
    const credited = item.creditNotes.reduce((sum, note) => sum + note.amountCents, 0);
    const balance = invoiced - paid - credited;
    if (balance !== 0) balances.set(item.debtor.externalRef, balance);
  }
  return balances;
}

// Invoice numbers with something left to pay in the generated data.
function openInvoiceNumbers(demo: DemoCompany): Set<string> {
  const open = new Set<string>();
  for (const item of demo.debtors) {
    const settled = new Map<string, number>();
    const settle = (key: string, amount: number) =>
      settled.set(key, (settled.get(key) ?? 0) + amount);
    for (const payment of item.payments) {
      for (const allocation of payment.allocations)
        settle(allocation.invoiceKey, allocation.amountCents);
    }
    for (const note of item.creditNotes) settle(note.invoiceKey, note.amountCents);
    for (const invoice of item.invoices) {
      if ((settled.get(invoice.key) ?? 0) < invoice.amountInclTaxCents) open.add(invoice.number);
    }
  }
  return open;
}

describe('writeDemoFec', () => {
  const demo = generateDemoCompany({ seed: 404, debtors: 60, today: TODAY });
  let directory = '';
  let result: FecWriteResult;
  let rows: Row[] = [];
  let header = '';

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'recouvra-fec-'));
    result = await writeDemoFec({
      company: demo.company,
      debtors: demo.debtors,
      today: TODAY,
      directory,
      targetLines: TARGET_LINES,
      seed: 404,
    });
    ({ header, rows } = readFec(result.path));
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('writes <SIREN>FEC<closing date>.txt with the 18 standard columns and no leftovers', () => {
    expect(result.fileName).toBe(`${demo.company.siren}FEC20251231.txt`);
    expect(readdirSync(directory)).toEqual([result.fileName]);
    expect(header.split('\t')).toHaveLength(18);
    expect(header.startsWith('JournalCode\tJournalLib\tEcritureNum\tEcritureDate')).toBe(true);
    expect(rows.every((row) => row.fields.length === 18)).toBe(true);
  });

  it('reaches the target line count with entries on other accounts than customers', () => {
    expect(rows.length + 1).toBe(result.lineCount);
    expect(result.lineCount).toBeGreaterThanOrEqual(TARGET_LINES);
    expect(result.fillerEntryCount).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.journal))).toEqual(
      new Set(['AN', 'VE', 'BQ', 'HA', 'OD']),
    );
    expect(rows.some((row) => row.account === '401000')).toBe(true);
    expect(rows.some((row) => row.account === '607000')).toBe(true);
  });

  it('balances every entry: debits equal credits per EcritureNum', () => {
    const entries = groupBy(rows, (row) => row.entryNumber);
    const unbalanced = [...entries].filter(
      ([, lines]) => total(lines, (row) => row.debit) !== total(lines, (row) => row.credit),
    );

    expect(entries.size).toBe(result.entryCount);
    expect(unbalanced.map(([entryNumber]) => entryNumber)).toEqual([]);
  });

  it(
    'leaves on each customer account what the data says is owed: invoiced less paid and ' +
      'credited',
    () => {
      const expected = expectedBalances(demo);

      expect(expected.size).toBeGreaterThan(20);
      expect(customerBalances(rows)).toEqual(expected);
    },
  );

  it('writes amounts with a decimal comma and dates as YYYYMMDD, in date order', () => {
    for (const row of rows) {
      expect(row.fields[11]).toMatch(/^\d+,\d{2}$/);
      expect(row.fields[12]).toMatch(/^\d+,\d{2}$/);
      expect(row.entryDate).toMatch(/^2025\d{4}$/);
      expect(row.fields[15]).toBe(row.entryDate);
    }
    const dates = rows.map((row) => row.entryDate);
    expect(dates).toEqual([...dates].sort());
  });

  it('numbers the entries of each journal 1, 2, 3… with no gap', () => {
    for (const [journal, lines] of groupBy(rows, (row) => row.journal)) {
      const numbers = [...new Set(lines.map((row) => row.entryNumber))];
      const expected = numbers.map((_, index) => `${journal}${String(index + 1).padStart(6, '0')}`);

      expect(numbers).toEqual(expected);
    }
  });

  it(
    'brings forward only the invoices of earlier years still open on 1 January, in one AN ' +
      'entry',
    () => {
      const opening = rows.filter((row) => row.journal === 'AN');
      const customerLines = opening.filter((row) => row.account === '411000');
      const invoices = new Map(
        demo.debtors.flatMap((item) => item.invoices.map((i) => [i.number, i])),
      );

      expect(new Set(opening.map((row) => row.entryNumber))).toEqual(new Set(['AN000001']));
      expect(customerLines.length).toBeGreaterThan(0);
      for (const row of customerLines) {
        const invoice = invoices.get(row.pieceRef);
        expect((invoice?.issueDate ?? '9999') < '2025-01-01').toBe(true);
        expect(row.debit).toBeGreaterThan(0);
        expect(row.debit).toBeLessThanOrEqual(invoice?.amountInclTaxCents ?? 0);
      }
    },
  );

  it('letters customer lines of settled invoices with their payments so each letter balances', () => {
    const lettered = rows.filter((row) => row.account === '411000' && row.lettrage !== '');
    const groups = groupBy(lettered, (row) => `${row.aux} ${row.lettrage}`);

    expect(groups.size).toBeGreaterThan(50);
    for (const group of groups.values()) {
      const lastBooked = group
        .map((row) => row.entryDate)
        .sort()
        .at(-1);

      expect(total(group, (row) => row.debit)).toBe(total(group, (row) => row.credit));
      expect(group.every((row) => row.lettrageDate === lastBooked)).toBe(true);
    }
  });

  it('leaves the customer lines of still-open invoices without a letter', () => {
    const open = openInvoiceNumbers(demo);
    const invoiceLines = rows.filter(
      (row) => row.account === '411000' && row.pieceRef.startsWith('FA-'),
    );

    expect(invoiceLines.filter((row) => open.has(row.pieceRef)).length).toBeGreaterThan(20);
    for (const row of invoiceLines) expect(row.lettrage === '').toBe(open.has(row.pieceRef));
  });

  it('writes the same bytes again for the same data and seed', async () => {
    const again = mkdtempSync(join(tmpdir(), 'recouvra-fec-'));
    try {
      const second = await writeDemoFec({
        company: demo.company,
        debtors: demo.debtors,
        today: TODAY,
        directory: again,
        targetLines: TARGET_LINES,
        seed: 404,
      });

      expect(readFileSync(second.path, 'utf8')).toBe(readFileSync(result.path, 'utf8'));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it('covers another fiscal year when asked, still leaving each customer its balance', async () => {
    const other = mkdtempSync(join(tmpdir(), 'recouvra-fec-'));
    try {
      const written = await writeDemoFec({
        company: demo.company,
        debtors: demo.debtors,
        today: TODAY,
        directory: other,
        fiscalYearStart: '2024-07-01',
      });
      const writtenRows = readFec(written.path).rows;

      expect(written.fileName).toBe(`${demo.company.siren}FEC20250630.txt`);
      expect(writtenRows.some((row) => row.journal === 'AN' && row.entryDate === '20240701')).toBe(
        true,
      );
      expect(customerBalances(writtenRows)).toEqual(expectedBalances(demo));
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
