import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../errors/app-error';
import { detectSeparator, parseCsv } from './csv-parser';
import { decodeText, type TextEncodingName } from './decode-text';
import { cellText, isBlank, type SheetCell } from './sheet-cells';
import { readXlsxRows } from './xlsx-reader';

/** A spreadsheet as the import reads it: its header row, then its data rows. */
export interface Sheet {
  format: 'csv' | 'xlsx';
  encoding: TextEncodingName | null;
  separator: string | null;
  sheetName: string | null;
  headers: string[];
  rows: { number: number; cells: SheetCell[] }[];
}

const MAX_BYTES = 50 * 1_048_576;

/**
 * Reads a CSV or an XLSX file. The first non-empty row holds the column names; blank rows are
 * skipped but keep their number, so errors name the row the user sees.
 */
export async function readSheet(filePath: string): Promise<Sheet> {
  const stats = await fs.stat(filePath).catch(() => {
    throw new AppError(
      'FILE_NOT_FOUND',
      `Le fichier « ${path.basename(filePath)} » est introuvable. Il a peut-être été déplacé, ` +
        `renommé ou supprimé.`,
    );
  });
  if (stats.size > MAX_BYTES) {
    throw new AppError(
      'UNSUPPORTED',
      `Le fichier fait plus de 50 Mo : découpez-le, ou importez plutôt le FEC de la comptabilité.`,
    );
  }

  if (path.extname(filePath).toLowerCase() === '.xlsx') {
    const { sheetName, rows } = await readXlsxRows(filePath);
    return withHeader({ format: 'xlsx', encoding: null, separator: null, sheetName }, rows);
  }
  const bytes = await fs.readFile(filePath);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    throw new AppError(
      'UNSUPPORTED',
      'Ce fichier est un classeur Excel ou une archive : donnez-lui l’extension .xlsx, ou ' +
        'enregistrez-le en CSV.',
    );
  }
  const { text, encoding } = decodeText(bytes);
  const separator = detectSeparator(text);
  const rows = parseCsv(text, separator).map((cells, index) => ({ number: index + 1, cells }));
  return withHeader({ format: 'csv', encoding, separator, sheetName: null }, rows);
}

function withHeader(
  facts: Omit<Sheet, 'headers' | 'rows'>,
  rows: { number: number; cells: SheetCell[] }[],
): Sheet {
  const filled = rows.filter((row) => row.cells.some((cell) => !isBlank(cell)));
  const [header, ...data] = filled;
  if (header === undefined) {
    throw new AppError('VALIDATION', 'Le fichier est vide : aucune ligne à importer.');
  }
  const headers = uniqueHeaders(header.cells.map((cell) => cellText(cell)));
  return { ...facts, headers, rows: data };
}

// Two columns with the same name (or none) still need distinct names to be mapped.
function uniqueHeaders(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name, index) => {
    const base = name === '' ? `Colonne ${index + 1}` : name;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}
