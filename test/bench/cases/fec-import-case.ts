import fs from 'node:fs';
import path from 'node:path';
import { importFec } from '../../../src-main/import/fec-import/fec-import-service';
import { Workspace } from '../../../src-main/workspace/workspace';
import type { BenchCase } from '../bench-case';
import { FEC_CUSTOMERS, FEC_LINES, demoFecFile } from '../demo-fec';
import {
  insertAtTheLimit,
  readAndSplit,
  readThrough,
  rowidMarks,
  rowsAddedSince,
} from '../fec-limits';
import { frenchNumber, perSecond, ratio, seconds } from '../french-figures';
import { peakMemoryMb, round, timeOnce } from '../statistics';

const MEMORY_TARGET_MB = 400;

/**
 * A FEC of a million lines imported by the real import service into a new company file, beside
 * the same file only read and split (the parse limit) and the same rows only inserted (the write
 * limit). Isolated: the peak memory is that of a process that did nothing but the import.
 */
export const fecImportCase: BenchCase = {
  id: 'fec-import',
  label:
    `Import d’un FEC de ${frenchNumber(FEC_LINES)} lignes ` +
    `(${frenchNumber(FEC_CUSTOMERS)} clients)`,
  scales: [50000],
  isolated: true,
  async prepare({ root, generatorVersion }) {
    await demoFecFile(root, generatorVersion);
  },
  async run({ root, scratch, today, generatorVersion }) {
    const fecPath = await demoFecFile(root, generatorVersion);
    const folder = path.join(scratch, 'import-fec');
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, 'dossier.sqlite');
    const workspace = new Workspace({
      dataDirectory: folder,
      actor: 'benchmark',
      today: () => today,
      backupOnOpen: false,
      maintenanceEveryMs: 0,
    });
    await workspace.createFile(file, 'Import du FEC');
    await workspace.closeFile();
    // The write limit starts from the same empty file the import starts from.
    const emptyCopy = path.join(folder, 'avant-import.sqlite');
    fs.copyFileSync(file, emptyCopy);
    await workspace.openFile(file);
    const marks = rowidMarks(workspace.context().database.sqlite);
    // All three measures then read the file from the page cache, none from the disk.
    await readThrough(fecPath);

    // The resident memory at each progress report, to tell the reading's peak from the writing's.
    let readingMb = 0;
    let writingMb = 0;
    const report = ({ label }: { label: string }) => {
      const residentMb = Math.round(process.memoryUsage.rss() / 1_048_576);
      if (label.startsWith('Lecture')) readingMb = Math.max(readingMb, residentMb);
      else writingMb = Math.max(writingMb, residentMb);
    };
    let changes = { invoicesAdded: 0, paymentsAdded: 0, debtorsTouched: 0 };
    const importMs = await timeOnce(async () => {
      ({ changes } = await importFec(
        workspace.context(),
        fecPath,
        { paymentTermsDays: 30 },
        { report },
      ));
    });
    const peakMb = peakMemoryMb();
    const added = rowsAddedSince(workspace.context().database.sqlite, marks);
    await workspace.closeFile();

    let lines = 0;
    const parseMs = Math.min(
      await timeOnce(async () => ({ lines } = await readAndSplit(fecPath))),
      await timeOnce(() => readAndSplit(fecPath)),
    );
    const writeMs = round(await insertAtTheLimit(emptyCopy, added));
    const rows = added.reduce((total, table) => total + table.rows.length, 0);

    const toWrite = ratio(importMs, writeMs);
    return {
      id: this.id,
      label: this.label,
      scale: changes.debtorsTouched,
      figure:
        `${perSecond(lines, importMs)} lignes/s (${seconds(importMs)}), ` +
        `pic de mémoire ${frenchNumber(peakMb)} Mo`,
      limit:
        `lecture et découpage seuls : ${perSecond(lines, parseMs)} lignes/s ` +
        `(${seconds(parseMs)}) ; ` +
        `insertion seule des ${frenchNumber(rows)} lignes de tables : ${seconds(writeMs)}`,
      ratio: toWrite,
      target: `au plus × 2 de l’insertion seule et moins de ${MEMORY_TARGET_MB} Mo`,
      met: toWrite !== null && toWrite <= 2 && peakMb < MEMORY_TARGET_MB,
      raw: {
        lines,
        fileBytes: fs.statSync(fecPath).size,
        importMs,
        parseMs,
        writeMs,
        rowsWritten: rows,
        ratioToParse: ratio(importMs, parseMs),
        peakMb,
        readingPeakMb: readingMb,
        writingPeakMb: writingMb,
        debtors: changes.debtorsTouched,
        invoices: changes.invoicesAdded,
        payments: changes.paymentsAdded,
      },
    };
  },
};
