import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFec } from '../../../../src-main/import/fec-import/fec-import-service';
import { ERROR_CODES } from '../../../../src-shared/ipc/errors';
import { databaseDigest } from '../../../support/database-digest';
import { createTestWorkspace, type TestWorkspace } from '../../../support/temp-workspace';
import { STANDARD_HEADER, rowValues, type FixtureRow } from '../fec/fec-fixture';
import { balancesByKey } from './fec-import-fixtures';

const CUSTOMERS = ['DUPONT', 'MARTIN', 'PETIT'];
const COUNTERPARTS: Record<string, string> = {
  VE: '706000',
  BQ: '512000',
  OD: '654000',
  AN: '890000',
};

const entry = fc.record({
  journal: fc.constantFrom('VE', 'BQ', 'OD', 'AN'),
  customer: fc.constantFrom(...CUSTOMERS),
  cents: fc.integer({ min: 0, max: 5_000_000 }),
  customerDebits: fc.boolean(),
  lettrage: fc.constantFrom('', '', 'AA', 'AB', 'AC'),
  day: fc.integer({ min: 1, max: 28 }),
  piece: fc.constantFrom('F1', 'F2', 'VIR', '0000000', 'RAN', ''),
});

type Entry = typeof entry extends fc.Arbitrary<infer T> ? T : never;

type Breakage = 'drop' | 'extra' | 'amount' | 'date' | 'garbage' | 'half';
const breakage = fc.option(
  fc.constantFrom<Breakage>('drop', 'extra', 'amount', 'date', 'garbage', 'half'),
  { freq: 4 },
);

const amount = (cents: number) =>
  `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

/** A FEC of balanced two-line entries, some lines broken; and what each customer must owe. */
function buildFile(entries: Entry[], breaks: (Breakage | null)[]) {
  const lines = [STANDARD_HEADER.join('\t')];
  const owed = new Map<string, number>();
  entries.forEach((draft, index) => {
    const date = `202301${String(draft.day).padStart(2, '0')}`;
    const debit = draft.customerDebits ? amount(draft.cents) : '0,00';
    const credit = draft.customerDebits ? '0,00' : amount(draft.cents);
    const common = { journal: draft.journal, num: String(index + 1), date, piece: draft.piece };
    const customer: FixtureRow = {
      ...common,
      account: '411000',
      aux: draft.customer,
      auxLabel: `Client ${draft.customer}`,
      debit,
      credit,
      lettrage: draft.lettrage,
      lettrageDate: draft.lettrage ? date : '',
    };
    const other: FixtureRow = {
      ...common,
      account: COUNTERPARTS[draft.journal] ?? '471000',
      debit: credit,
      credit: debit,
    };
    const broken = breaks[index] ?? null;
    const fields = rowValues(customer);
    if (broken === 'drop') fields.splice(7, 1);
    if (broken === 'extra') fields.push('X');
    if (broken === 'amount') fields[11] = '12.345,6';
    if (broken === 'date') fields[3] = '20231345';
    lines.push(broken === 'garbage' ? 'ceci n’est pas une ligne' : fields.join('\t'));
    // A half entry loses its other line: the customer line is read, the entry is unbalanced.
    if (broken !== 'half') lines.push(rowValues(other).join('\t'));
    if (broken === null || broken === 'half') {
      const net = draft.customerDebits ? draft.cents : -draft.cents;
      owed.set(draft.customer, (owed.get(draft.customer) ?? 0) + net);
    }
  });
  return { text: lines.join('\n') + '\n', owed };
}

describe('FEC import under random and broken files', () => {
  let test: TestWorkspace;
  let run = 0;
  const outcomes = { landed: 0, refused: 0 };

  beforeAll(() => {
    test = createTestWorkspace('2023-12-31');
  });
  afterAll(() => test.dispose());

  it('never crashes, lands whole with the right balances, or refuses and writes nothing', async () => {
    const files = fc.array(entry, { minLength: 1, maxLength: 25 }).chain((entries) =>
      fc.record({
        entries: fc.constant(entries),
        breaks: fc.array(breakage, { minLength: entries.length, maxLength: entries.length }),
        consent: fc.boolean(),
      }),
    );

    await fc.assert(
      fc.asyncProperty(files, async ({ entries, breaks, consent }) => {
        run += 1;
        await test.call('file:create', {
          path: path.join(test.directory, `dossier-${run}.sqlite`),
          companyName: 'Essai',
        });
        const { text, owed } = buildFile(entries, breaks);
        const fecPath = path.join(test.directory, `FEC-${run}.txt`);
        fs.writeFileSync(fecPath, text);
        const { sqlite } = test.workspace.context().database;
        const before = databaseDigest(sqlite);

        try {
          await importFec(test.workspace.context(), fecPath, { acceptFileErrors: consent });
        } catch (error) {
          const { code, message } = error as { code?: string; message: string };
          expect(ERROR_CODES).toContain(code);
          expect(code).not.toBe('INTERNAL');
          expect(message).toMatch(/[éèàç]|Rien n'a été importé|n'est pas un FEC/);
          expect(databaseDigest(sqlite)).toEqual(before);
          outcomes.refused += 1;
          return;
        }
        expect(sqlite.inTransaction).toBe(false);
        expect(await balancesByKey(test)).toEqual(owed);
        outcomes.landed += 1;
      }),
      { numRuns: 40 },
    );
    expect(outcomes.landed).toBeGreaterThan(5);
    expect(outcomes.refused).toBeGreaterThan(5);
  }, 120_000);
});
