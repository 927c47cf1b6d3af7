import { formatFrenchDate } from '../../src-shared/dates/french-date';
import { formatAmountPlain } from '../../src-shared/money/format-amount';
import { formulaSafeText } from '../../src-shared/text/formula-safe-text';
import { writeFileAtomically } from './write-file-atomically';
import type { ExportTable, ExportValue } from './export-rows';

const BOM = '\ufeff';

/**
 * Writes a table as French Excel opens a CSV by a double click: UTF-8 with a BOM (otherwise
 * accents come out wrong), semicolons, CRLF line ends, decimal comma without grouping, dates
 * JJ/MM/AAAA. Text that would start a formula is neutralised.
 */
export async function writeCsvExport(filePath: string, table: ExportTable): Promise<void> {
  const lines = [
    table.columns.map((column) => quote(formulaSafeText(column.header))).join(';'),
    ...table.rows.map((row) => row.map(cellOf).join(';')),
  ];
  await writeFileAtomically(filePath, BOM + lines.join('\r\n') + '\r\n');
}

function cellOf(value: ExportValue): string {
  switch (value.type) {
    case 'text':
      return value.value === null ? '' : quote(formulaSafeText(value.value));
    case 'amount':
      return formatAmountPlain(value.value);
    case 'date':
      return value.value === null ? '' : formatFrenchDate(value.value);
    case 'integer':
      return String(value.value);
  }
}

function quote(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
