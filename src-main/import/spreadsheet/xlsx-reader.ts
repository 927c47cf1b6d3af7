import ExcelJS from 'exceljs';
import { AppError } from '../../errors/app-error';
import type { SheetCell } from './sheet-cells';

/** The rows of the first worksheet that holds something, each cell as a plain value. */
export interface XlsxRows {
  sheetName: string;
  /** Each row with its number in the sheet (1-based, as Excel shows it). */
  rows: { number: number; cells: SheetCell[] }[];
}

/** Reads an .xlsx file: numbers stay numbers, dates dates, formulas give their last result. */
export async function readXlsxRows(filePath: string): Promise<XlsxRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(filePath);
  } catch {
    throw new AppError(
      'UNSUPPORTED',
      "Ce fichier n'est pas un classeur Excel lisible (.xlsx). Enregistrez-le au format « " +
        'Classeur Excel (.xlsx) » ou « CSV (séparateur : point-virgule) ».',
    );
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (sheet === undefined) return { sheetName: workbook.worksheets[0]?.name ?? '', rows: [] };

  const rows: XlsxRows['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: SheetCell[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      cells.push(plainValue(row.getCell(column).value));
    }
    rows.push({ number, cells });
  });
  return { sheetName: sheet.name, rows };
}

function plainValue(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || (typeof result === 'object' && !(result instanceof Date))) {
      return null;
    }
    return result;
  }
  if ('text' in value) return String(value.text);
  return null;
}
