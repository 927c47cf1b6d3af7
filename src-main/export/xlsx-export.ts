import ExcelJS from 'exceljs';
import { formulaSafeText } from '../../src-shared/text/formula-safe-text';
import type { ExportTable, ExportValue } from './export-rows';
import { writeFileAtomically } from './write-file-atomically';

// Number formats are stored in the file in Excel's neutral syntax; a French Excel shows them
// with a decimal comma and a space between thousands.
const EUROS = '#,##0.00 "€";-#,##0.00 "€"';
const DAY = 'dd/mm/yyyy';

/**
 * Writes a table as a workbook: amounts as number cells in euros, dates as date cells, counts
 * as numbers, text neutralised so it never runs as a formula. The header row stays in view.
 */
export async function writeXlsxExport(filePath: string, table: ExportTable): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Recouvra';
  const sheet = workbook.addWorksheet(table.sheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((column) => ({
    header: formulaSafeText(column.header),
    width: column.width,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(row.map(cellValue));
    row.forEach((value, index) => {
      const cell = added.getCell(index + 1);
      if (value.type === 'amount') cell.numFmt = EUROS;
      if (value.type === 'date') cell.numFmt = DAY;
    });
  }
  if (table.rows.length > 0) {
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: table.columns.length },
    };
  }
  await writeFileAtomically(filePath, (temporary) => workbook.xlsx.writeFile(temporary));
}

function cellValue(value: ExportValue): string | number | Date | null {
  switch (value.type) {
    case 'text':
      return value.value === null ? null : formulaSafeText(value.value);
    case 'amount':
      // Cents become euros only here, at the edge of the app.
      return value.value / 100;
    case 'date':
      return value.value === null ? null : new Date(`${value.value}T00:00:00.000Z`);
    case 'integer':
      return value.value;
  }
}
