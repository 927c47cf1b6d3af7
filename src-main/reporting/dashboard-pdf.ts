import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors/app-error';
import type { PagePrinter } from '../ipc/handler-context';
import { createLogger } from '../logging/logger';
import { checkExportTarget, freeExportPath } from './export-target';

const log = createLogger('reporting');

/**
 * Prints the window (the dashboard on screen, laid out by the print stylesheet) to a PDF
 * file: at `targetPath` (an existing file only with `overwrite`), or under a new name in the
 * `exports` folder of the user data folder.
 */
export async function printScreenToPdf(
  printer: PagePrinter | undefined,
  dataDirectory: string,
  stem: string,
  targetPath: string | null,
  overwrite = false,
): Promise<{ path: string }> {
  if (!printer) {
    throw new AppError(
      'UNSUPPORTED',
      'L’export PDF direct n’existe que dans l’application : utilisez « Imprimer » du navigateur.',
    );
  }
  let target: string;
  if (targetPath === null) {
    const directory = path.join(dataDirectory, 'exports');
    fs.mkdirSync(directory, { recursive: true });
    target = freeExportPath(directory, stem, '.pdf');
  } else {
    target = checkExportTarget(targetPath, '.pdf', overwrite);
  }
  const pdf = await printer.printToPdf();
  fs.writeFileSync(target, pdf);
  log.info('screen printed to pdf', { bytes: pdf.byteLength });
  return { path: target };
}
