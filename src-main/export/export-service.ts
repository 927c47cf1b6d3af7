import fs from 'node:fs/promises';
import path from 'node:path';
import {
  EXPORT_KIND_LABELS,
  type ExportFormat,
  type ExportKind,
  type ExportResult,
} from '../../src-shared/domain/export';
import { AppError } from '../errors/app-error';
import { createLogger } from '../logging/logger';
import type { ServiceContext } from '../workspace/service-context';
import { writeCsvExport } from './csv-export';
import { exportTable } from './export-rows';
import { writeXlsxExport } from './xlsx-export';

const log = createLogger('export');

/** The file name an export suggests: `debiteurs-2026-12-03.csv`. */
export function suggestedExportName(kind: ExportKind, format: ExportFormat, today: string): string {
  const base = EXPORT_KIND_LABELS[kind]
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return `${base}-${today}.${format}`;
}

/**
 * Exports debtors, invoices or open items to a CSV or XLSX file, at `filePath` or else in the
 * `exports` folder of the user data folder. Exporting writes nothing to the company file.
 */
export async function runExport(
  context: ServiceContext,
  request: { kind: ExportKind; format: ExportFormat; path: string | null },
  dataDirectory: string,
): Promise<ExportResult> {
  const started = performance.now();
  const target =
    request.path ??
    path.join(
      dataDirectory,
      'exports',
      suggestedExportName(request.kind, request.format, context.today()),
    );
  const extension = path.extname(target).toLowerCase();
  if (extension !== `.${request.format}`) {
    throw new AppError(
      'VALIDATION',
      `Le nom du fichier doit se terminer par .${request.format} (reçu « ${path.basename(target)} »).`,
    );
  }
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    const table = await exportTable(context.database.db, request.kind, context.today());
    if (request.format === 'csv') await writeCsvExport(target, table);
    else await writeXlsxExport(target, table);
    log.info('export written', {
      kind: request.kind,
      format: request.format,
      rows: table.rows.length,
      ms: Math.round(performance.now() - started),
    });
    return { path: target, fileName: path.basename(target), rowCount: table.rows.length };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'FILE_ACCESS',
      `L'export n'a pas pu être enregistré dans « ${path.dirname(target)} » (dossier protégé, disque plein, fichier ouvert dans Excel ?).`,
    );
  }
}
