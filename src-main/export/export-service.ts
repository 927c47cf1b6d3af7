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
import { exportTarget, type ExportPlace } from './export-target';
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

/** What to export, and where: see `exportTarget` for the rules a path must follow. */
export interface ExportRequest extends ExportPlace {
  kind: ExportKind;
}

/**
 * Exports debtors, invoices or open items to a CSV or XLSX file, at the absolute path given or
 * else in the `exports` folder of the user data folder. An existing file is replaced only when
 * the request says the user agreed. Exporting writes nothing to the company file.
 */
export async function runExport(
  context: ServiceContext,
  request: ExportRequest,
  dataDirectory: string,
): Promise<ExportResult> {
  const started = performance.now();
  const target = await exportTarget(
    request,
    path.join(dataDirectory, 'exports'),
    suggestedExportName(request.kind, request.format, context.today()),
  );
  try {
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
      `L'export n'a pas pu être enregistré dans « ${path.dirname(target)} » (dossier protégé, ` +
        `disque plein, fichier ouvert dans Excel ?).`,
    );
  }
}
