import path from 'node:path';
import type { ExportFormat, ExportKind } from '../../src-shared/domain/export';
import type { FecPreview } from '../../src-shared/domain/fec-preview';
import type { FecImportPreview } from '../../src-shared/domain/import-changes';
import type { JobStatus } from '../../src-shared/domain/job';
import {
  SHEET_FIELDS,
  type ColumnMapping,
  type SheetField,
  type SheetTarget,
} from '../../src-shared/domain/spreadsheet-import';
import { countOf } from '../../src-shared/text/french-plural';
import { AppError } from '../errors/app-error';
import { CliRefusal, optionalText, requireText, type Options } from './cli-arguments';
import type { Call, CliCommand } from './cli-commands';

// Long imports run as jobs, as in the app; the command line waits for the end.
async function waitForJob(call: Call, jobId: string): Promise<unknown> {
  let status: JobStatus = await call('jobs:status', { id: jobId });
  while (status.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    status = await call('jobs:status', { id: jobId });
  }
  if (status.state !== 'done') {
    const error = status.error ?? { code: 'INTERNAL' as const, message: 'Import interrompu.' };
    throw new AppError(error.code, error.message, error.fieldErrors);
  }
  return status.result;
}

function termsFrom(options: Options): number | undefined {
  const text = optionalText(options, 'terms');
  if (text === null) return undefined;
  const days = Number(text);
  if (!Number.isInteger(days) || days < 0 || days > 365) {
    throw new AppError(
      'VALIDATION',
      `--terms attend un nombre de jours de 0 à 365 (reçu « ${text} »).`,
    );
  }
  return days;
}

// `--map debtorName=Client --map invoiceNumber="N° facture"` overrides the guessed columns.
function mappingFrom(options: Options): ColumnMapping | null {
  const raw = options.map;
  const entries = raw === undefined ? [] : Array.isArray(raw) ? raw : [String(raw)];
  if (entries.length === 0) return null;
  const mapping: ColumnMapping = {};
  for (const entry of entries) {
    const [field = '', ...header] = entry.split('=');
    if (!(field in SHEET_FIELDS)) {
      const known = Object.keys(SHEET_FIELDS).join(', ');
      throw new AppError('VALIDATION', `--map : champ « ${field} » inconnu (champs : ${known}).`);
    }
    mapping[field as SheetField] = header.join('=');
  }
  return mapping;
}

// Enough to see what is wrong with the file; the preview (--preview) details more.
const LISTED_ANOMALIES = 50;

function anomalyLines(file: FecPreview): string[] {
  const listed = file.errors.slice(0, LISTED_ANOMALIES).map((issue) => issue.message);
  const more = file.errorCount - listed.length;
  if (more > 0) {
    const others = countOf(more, 'autre anomalie', 'autres anomalies');
    listed.push(`… et ${others} (--preview affiche l'aperçu complet en JSON).`);
  }
  return listed;
}

function choice<T extends string>(
  options: Options,
  name: string,
  values: readonly T[],
  fallback: T,
): T {
  const value = optionalText(options, name) ?? fallback;
  if (!values.includes(value as T)) {
    throw new AppError('VALIDATION', `--${name} vaut ${values.join(', ')} (reçu « ${value} »).`);
  }
  return value as T;
}

/** Import and export commands: FEC, spreadsheet, CSV/XLSX exports. */
export const importExportCommands: Record<string, CliCommand> = {
  'import:fec': {
    summary:
      'importe un FEC : --fec CHEMIN [--terms 30] [--preview] [--accept-errors] (aperçu sans ' +
      'rien écrire avec --preview)',
    opensFile: true,
    run: async (options, call) => {
      const fecPath = path.resolve(requireText(options, 'fec'));
      const paymentTermsDays = termsFrom(options);
      const started = await call('import:fecPreview', { path: fecPath, paymentTermsDays });
      const preview = (await waitForJob(call, started.jobId)) as FecImportPreview;
      if (options.preview === true) return preview;
      const accepted = options['accept-errors'] === true;
      // Blockers refuse the import whatever the user agrees to: the run says why.
      if (preview.fileErrorsWarning !== null && !accepted && preview.blockers.length === 0) {
        throw new CliRefusal(
          `${preview.fileErrorsWarning} Rien n'a été importé ; pour laisser ces lignes de côté, ` +
            'relancez avec --accept-errors.',
          anomalyLines(preview.file),
        );
      }
      const run = await call('import:fecRun', {
        path: fecPath,
        paymentTermsDays: preview.paymentTermsDays,
        expectedHash: preview.fileHash,
        acceptFileErrors: accepted,
      });
      return waitForJob(call, run.jobId);
    },
  },
  'import:spreadsheet': {
    summary:
      'importe un tableur CSV ou XLSX : --source CHEMIN [--target invoices|debtors] [--map ' +
      'champ=Colonne ...] [--profile NOM] [--terms 30] [--preview]',
    opensFile: true,
    run: async (options, call) => {
      const source = path.resolve(requireText(options, 'source'));
      const target = choice<SheetTarget>(options, 'target', ['invoices', 'debtors'], 'invoices');
      const profileName = optionalText(options, 'profile');
      const preview = await call('import:sheetPreview', {
        path: source,
        target,
        mapping: mappingFrom(options),
        profileName,
        paymentTermsDays: termsFrom(options),
      });
      if (options.preview === true || preview.missingFields.length > 0) return preview;
      const run = await call('import:sheetRun', {
        path: source,
        target,
        mapping: preview.mapping,
        profileName,
        paymentTermsDays: preview.paymentTermsDays,
        expectedHash: preview.fileHash,
      });
      return waitForJob(call, run.jobId);
    },
  },
  export: {
    summary:
      'exporte : --kind debtors|invoices|openItems --format csv|xlsx [--out CHEMIN ' +
      '[--overwrite]] (sinon dans le dossier exports)',
    opensFile: true,
    run: async (options, call) => {
      const out = optionalText(options, 'out');
      try {
        return await call('export:run', {
          kind: choice<ExportKind>(
            options,
            'kind',
            ['debtors', 'invoices', 'openItems'],
            'debtors',
          ),
          format: choice<ExportFormat>(options, 'format', ['csv', 'xlsx'], 'csv'),
          path: out === null ? null : path.resolve(out),
          overwrite: options.overwrite === true,
        });
      } catch (error) {
        // The screen asks « Remplacer ? »; here the answer is an option.
        if (!(error instanceof AppError) || error.code !== 'CONFLICT') throw error;
        throw new AppError('CONFLICT', `${error.message} Pour le remplacer : --overwrite.`);
      }
    },
  },
};
