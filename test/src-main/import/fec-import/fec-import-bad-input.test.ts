import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FecImportPreview } from '../../../../src-shared/domain/import-changes';
import { databaseDigest } from '../../../support/database-digest';
import { runJob } from '../../../support/jobs';
import { createTestWorkspace, type TestWorkspace } from '../../../support/temp-workspace';
import { fecText, LEDGER, LEDGER_BALANCES, type FixtureRow } from '../fec/fec-fixture';
import { balancesByKey, createFile, importThroughChannels, tryImport } from './fec-import-fixtures';

/** LEDGER with one row changed; data rows start on line 2. */
function withRow(index: number, change: Partial<FixtureRow>): FixtureRow[] {
  return LEDGER.map((row, at) => (at === index ? { ...row, ...change } : row));
}

const seventeenColumns = () => {
  const lines = fecText(LEDGER).split('\n');
  lines[3] = (lines[3] ?? '').split('\t').toSpliced(9, 1).join('\t');
  return lines.join('\n');
};

// UTF-8 with its « à » on line 2, and line 6 alone written in Latin-9 by another tool.
const mixedEncodings = () => {
  const lines = fecText(withRow(4, { label: 'Facture F1 Dupont réglée' })).split('\n');
  const latin9 = Buffer.from(lines[5] ?? '', 'latin1');
  const before = Buffer.from(`${lines.slice(0, 5).join('\n')}\n`, 'utf8');
  const after = Buffer.from(`\n${lines.slice(6).join('\n')}`, 'utf8');
  return Buffer.concat([before, latin9, after]);
};

const utf16 = () =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fecText(LEDGER), 'utf16le')]);

const FAULTY_FILES: [string, () => string | Buffer, string][] = [
  [
    'a spreadsheet saved as CSV',
    () => 'Client;Montant\nDupont;12\n',
    "Ce fichier n'est pas un FEC",
  ],
  ['a file in UTF-16', utf16, 'UTF-16'],
  [
    'a UTF-8 file with one line in another encoding',
    mixedEncodings,
    'Ligne 6 : caractères illisibles, le fichier mélange deux encodages',
  ],
  [
    'a file cut off in its last line',
    () => fecText(LEDGER).slice(0, -40),
    'ligne tronquée en fin de fichier',
  ],
  ['a line with 17 columns', seventeenColumns, 'Ligne 4 : 17 colonnes au lieu de 18'],
  [
    'an amount written 12.345,6',
    () => fecText(withRow(4, { debit: '12.345,6' })),
    'Ligne 6 : montant « 12.345,6 » illisible',
  ],
  [
    'an entry dated 20231345',
    () => fecText(withRow(12, { date: '20231345' })),
    "Ligne 14 : date d'écriture « 20231345 » invalide",
  ],
  [
    'an unbalanced entry',
    () => fecText(withRow(5, { credit: '999,00' })),
    'écriture VE n° 2 déséquilibrée',
  ],
];

describe('importing a faulty FEC', () => {
  let test: TestWorkspace;

  beforeEach(async () => {
    test = createTestWorkspace('2023-12-31');
    await createFile(test);
  });

  afterEach(() => test.dispose());

  it.each(FAULTY_FILES)(
    'refuses %s with a French message naming the line, and changes nothing',
    async (_name, content, message) => {
      const good = path.join(test.directory, 'FEC-premier.txt');
      fs.writeFileSync(good, fecText(LEDGER.slice(0, 10)));
      await importThroughChannels(test, good);
      const filePath = path.join(test.directory, 'FEC-abime.txt');
      fs.writeFileSync(filePath, content());
      const { sqlite } = test.workspace.context().database;
      const before = databaseDigest(sqlite);

      const preview = await runJob(test, 'import:fecPreview', { path: filePath });
      const imported = await tryImport(test, filePath);

      const shown =
        preview.state === 'done'
          ? (preview.result as FecImportPreview).file.errors
              .map((error) => error.message)
              .join('\n')
          : (preview.error?.message ?? '');
      expect(shown).toContain(message);
      expect(imported.state).toBe('failed');
      expect(imported.error?.message).toMatch(/Rien n'a été importé|n'est pas un FEC/);
      expect(databaseDigest(sqlite)).toEqual(before);
    },
  );

  it('imports the readable lines once the user agrees to leave the others aside', async () => {
    const filePath = path.join(test.directory, 'FEC-abime.txt');
    fs.writeFileSync(filePath, fecText(withRow(4, { debit: '12.345,6' })));

    const result = await importThroughChannels(test, filePath, { acceptFileErrors: true });

    expect(result.changes.linesIgnored).toBe(1);
    expect(result.changes.ignoredLines).toEqual([
      { line: 6, reason: 'Ligne 6 : montant « 12.345,6 » illisible (colonne Debit)' },
    ]);
    // The unreadable line was Dupont's invoice F1 of 1 200,00.
    expect(await balancesByKey(test)).toEqual(
      new Map([
        ['DUPONT', LEDGER_BALANCES.DUPONT! - 1200_00],
        ['MARTIN', LEDGER_BALANCES.MARTIN],
        ['PETIT', LEDGER_BALANCES.PETIT],
      ]),
    );
  });

  it('refuses a file changed since its preview', async () => {
    const filePath = path.join(test.directory, 'FEC2023.txt');
    fs.writeFileSync(filePath, fecText(LEDGER));
    const preview = await runJob(test, 'import:fecPreview', { path: filePath });
    fs.appendFileSync(filePath, fecText(LEDGER).split('\n').slice(2, 4).join('\n') + '\n');

    const imported = await runJob(test, 'import:fecRun', {
      path: filePath,
      paymentTermsDays: 30,
      expectedHash: (preview.result as FecImportPreview).fileHash,
    });

    expect(imported.error?.message).toContain("Le fichier a changé depuis l'aperçu");
  });
});
