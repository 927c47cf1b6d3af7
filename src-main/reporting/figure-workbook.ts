import ExcelJS from 'exceljs';
import type { ColumnKind, FigureTable } from '../../src-shared/reporting/figure-tables';

/** What the first sheet says about the figures: whose file, which day, which filters. */
export interface WorkbookHeading {
  companyName: string;
  title: string;
  lines: [label: string, value: string][];
}

const FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  cents: '#,##0.00 "€"',
  rate: '0.0 %',
  number: 'General',
  date: 'dd/mm/yyyy',
};

// Sheet names: 31 characters at most, none of : \ / ? * [ ].
function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

function cellValue(kind: ColumnKind, value: string | number | null): ExcelJS.CellValue {
  if (value === null) return null;
  // The spreadsheet shows euros; the conversion from cents happens here, at the edge.
  if (kind === 'cents' && typeof value === 'number') return value / 100;
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(`${value}T00:00:00.000Z`);
  }
  return value;
}

/** Writes figures to an XLSX file: a heading sheet, then one sheet per figure with real numbers. */
export async function writeFigureWorkbook(
  filePath: string,
  heading: WorkbookHeading,
  tables: readonly FigureTable[],
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Recouvra';
  const cover = workbook.addWorksheet('Paramètres');
  cover.addRow([heading.title]).font = { bold: true, size: 14 };
  cover.addRow(['Dossier', heading.companyName]);
  for (const [label, value] of heading.lines) cover.addRow([label, value]);
  cover.getColumn(1).width = 28;
  cover.getColumn(2).width = 42;

  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title));
    sheet.addRow(table.columns.map((column) => column.header)).font = { bold: true };
    for (const row of table.rows) {
      sheet.addRow(row.map((value, index) => cellValue(table.columns[index]!.kind, value)));
    }
    table.columns.forEach((column, index) => {
      const sheetColumn = sheet.getColumn(index + 1);
      sheetColumn.width = index === 0 ? 34 : 18;
      const format = FORMATS[column.kind];
      if (format) sheetColumn.numFmt = format;
    });
    sheet.getRow(1).numFmt = '@';
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    // Printed from the spreadsheet, each figure fits the width of a landscape page.
    sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  }
  await workbook.xlsx.writeFile(filePath);
}
