import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { decodeWindows1252 } from '../../../../src-main/import/windows-1252';
import type { ImportResult } from '../../../../src-shared/domain/import-changes';
import type { SheetPreview, SheetTarget } from '../../../../src-shared/domain/spreadsheet-import';
import { jobResult } from '../../../support/jobs';
import type { TestWorkspace } from '../../../support/temp-workspace';

/** Encodes text as Windows-1252, as Excel saves « CSV (séparateur : point-virgule) ». */
export function toWindows1252(text: string): Buffer {
  const table = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte += 1) {
    table.set(decodeWindows1252(new Uint8Array([byte])), byte);
  }
  return Buffer.from(
    [...text].map((character) => {
      const code = character.charCodeAt(0);
      if (code < 0x80) return code;
      const byte = table.get(character);
      if (byte === undefined) throw new Error(`fixture: ${character} has no Windows-1252 byte`);
      return byte;
    }),
  );
}

/** Writes a CSV in the test's folder, in Windows-1252 unless bytes are given. */
export function writeCsv(test: TestWorkspace, name: string, lines: string[]): string {
  const filePath = path.join(test.directory, name);
  fs.writeFileSync(filePath, toWindows1252(lines.join('\r\n') + '\r\n'));
  return filePath;
}

/** Writes a one-sheet workbook with real number and date cells. */
export async function writeXlsx(
  test: TestWorkspace,
  name: string,
  rows: (string | number | Date | null)[][],
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Factures');
  for (const row of rows) sheet.addRow(row);
  const filePath = path.join(test.directory, name);
  await workbook.xlsx.writeFile(filePath);
  return filePath;
}

/** Previews a spreadsheet through its channel. */
export function previewSheet(
  test: TestWorkspace,
  filePath: string,
  options: { target?: SheetTarget; profileName?: string | null } = {},
): Promise<SheetPreview> {
  return test.call('import:sheetPreview', {
    path: filePath,
    target: options.target ?? 'invoices',
    profileName: options.profileName ?? null,
  });
}

/** Imports a spreadsheet with the mapping of its preview (or the one given). */
export async function importSheetThroughChannels(
  test: TestWorkspace,
  filePath: string,
  options: { target?: SheetTarget; profileName?: string | null; preview?: SheetPreview } = {},
): Promise<ImportResult> {
  const preview = options.preview ?? (await previewSheet(test, filePath, options));
  return jobResult<ImportResult>(test, 'import:sheetRun', {
    path: filePath,
    target: preview.target,
    mapping: preview.mapping,
    profileName: options.profileName ?? null,
    paymentTermsDays: preview.paymentTermsDays,
    expectedHash: preview.fileHash,
  });
}
