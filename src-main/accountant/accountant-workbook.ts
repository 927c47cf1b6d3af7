import ExcelJS from 'exceljs';
import { formatLongFrenchDate } from '../../src-shared/dates/french-date';
import {
  AGE_BUCKET_LABELS,
  AGE_BUCKETS,
  type AgeBucket,
} from '../../src-shared/reporting/aged-balance';
import type { PackFigures } from './pack-figures';

const EUROS = '#,##0.00 "€"';
const DAY = 'dd/mm/yyyy';

// The spreadsheet shows euros: cents become euros here, at the edge, and
// calendar dates become spreadsheet dates, so the accountant can sort,
// filter and sum without retyping anything.
const euros = (cents: number) => cents / 100;
const day = (date: string) => new Date(`${date}T00:00:00.000Z`);

/** The names of the workbook's sheets, in order. */
export const SHEETS = ['À lire', 'Échéances ouvertes', 'Balance âgée'] as const;

/** Writes the accountant's spreadsheet: a cover sheet, the open items and the aged balance. */
export async function writeAccountantWorkbook(
  filePath: string,
  companyName: string,
  databaseFileName: string,
  figures: PackFigures,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Recouvra';
  writeCover(workbook.addWorksheet(SHEETS[0]), companyName, databaseFileName, figures);
  writeOpenItems(workbook.addWorksheet(SHEETS[1]), figures);
  writeAgedBalance(workbook.addWorksheet(SHEETS[2]), figures);
  await workbook.xlsx.writeFile(filePath);
}

function writeCover(
  sheet: ExcelJS.Worksheet,
  companyName: string,
  databaseFileName: string,
  figures: PackFigures,
): void {
  sheet.addRow([`${companyName} : créances clients`]).font = { bold: true, size: 14 };
  sheet.addRow([`Situation au ${formatLongFrenchDate(figures.asOf)}`]);
  sheet.addRow([]);
  const lines = [
    `Échéances ouvertes : ${figures.openItems.length} factures, ${figures.balances.length} ` +
      `débiteurs.`,
    '',
    'Les montants sont TTC, en euros.',
    'Le reste dû déduit les règlements et les avoirs datés au plus tard du jour de la situation.',
    'Les tranches de la balance âgée comptent les jours de retard depuis l’échéance.',
    '',
    `Le fichier ${databaseFileName}, à côté de ce classeur, est le dossier Recouvra complet.`,
    'Il s’ouvre avec Recouvra, ou en lecture avec tout outil SQLite, par ses vues en français :',
    'vue_echeances_ouvertes, vue_balance_agee, vue_debiteurs, vue_relances, ' +
      'vue_etapes_contentieux.',
  ];
  for (const line of lines) sheet.addRow([line]);
  sheet.getColumn(1).width = 100;
  printable(sheet, false);
}

function writeOpenItems(sheet: ExcelJS.Worksheet, figures: PackFigures): void {
  sheet.columns = [
    { header: 'Débiteur', width: 34 },
    { header: 'SIREN', width: 12 },
    { header: 'N° facture', width: 16 },
    { header: 'Date de facture', width: 14, style: { numFmt: DAY } },
    { header: 'Échéance', width: 14, style: { numFmt: DAY } },
    { header: 'Montant TTC', width: 15, style: { numFmt: EUROS } },
    { header: 'Reste dû', width: 15, style: { numFmt: EUROS } },
    { header: 'Jours de retard', width: 14 },
    { header: 'Tranche', width: 18 },
  ];
  for (const { debtor, item } of figures.openItems) {
    sheet.addRow([
      debtor.displayName,
      debtor.siren ?? '',
      item.number,
      day(item.issueDate),
      day(item.dueDate),
      euros(item.amountInclTaxCents),
      euros(item.openCents),
      item.daysOverdue,
      AGE_BUCKET_LABELS[item.bucket],
    ]);
  }
  const total = sheet.addRow(['Total', '', '', null, null, null, euros(figures.totals.totalCents)]);
  total.font = { bold: true };
  finishTable(sheet, figures.openItems.length);
}

function writeAgedBalance(sheet: ExcelJS.Worksheet, figures: PackFigures): void {
  const money = (header: string) => ({ header, width: 16, style: { numFmt: EUROS } });
  sheet.columns = [
    { header: 'Débiteur', width: 34 },
    { header: 'SIREN', width: 12 },
    ...AGE_BUCKETS.map((bucket) => money(AGE_BUCKET_LABELS[bucket])),
    money('Total'),
    money('Règlements non affectés'),
  ];
  const amounts = (buckets: Record<AgeBucket, number>, total: number, unallocated: number) => [
    ...AGE_BUCKETS.map((bucket) => euros(buckets[bucket])),
    euros(total),
    euros(unallocated),
  ];
  for (const { debtor, balance } of figures.balances) {
    sheet.addRow([
      debtor.displayName,
      debtor.siren ?? '',
      ...amounts(balance.buckets, balance.totalCents, balance.unallocatedCents),
    ]);
  }
  const { buckets, totalCents, unallocatedCents } = figures.totals;
  sheet.addRow(['Total', '', ...amounts(buckets, totalCents, unallocatedCents)]).font = {
    bold: true,
  };
  finishTable(sheet, figures.balances.length);
}

// Printed (or turned into a PDF), a table fits the width of a landscape A4
// page and repeats its header row on every page.
function printable(sheet: ExcelJS.Worksheet, repeatHeader: boolean): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: repeatHeader ? '1:1' : undefined,
  };
}

function finishTable(sheet: ExcelJS.Worksheet, rowCount: number): void {
  printable(sheet, true);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  if (rowCount > 0) {
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: rowCount + 1, column: sheet.columnCount },
    };
  }
}
