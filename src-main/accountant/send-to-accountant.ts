import fs from 'node:fs';
import path from 'node:path';
import type { AccountantPack } from '../../src-shared/file-sharing/accountant-pack';
import { copyDatabaseFile, copyFromConnection } from '../backups/backup-file';
import { backupFailure } from '../backups/backup-failure';
import { getCompany } from '../company/company-service';
import { createLogger } from '../logging/logger';
import type { ServiceContext } from '../workspace/service-context';
import { accountantReadme } from './accountant-readme';
import { writeAccountantWorkbook } from './accountant-workbook';
import { loadLedgerSnapshot } from './ledger-snapshot';
import { packFigures } from './pack-figures';
import { writeStoredZip } from './store-zip';

const log = createLogger('accountant');

// Characters Windows refuses in a file name; control characters go too.
const UNSAFE = /[<>:"/\\|?*]/g;

function folderName(companyName: string, asOf: string): string {
  const printable = [...companyName].filter((character) => character >= ' ').join('');
  const company = printable.replace(UNSAFE, '-').replace(/\s+/g, ' ').trim().slice(0, 60);
  return `Envoi comptable - ${company || 'dossier'} - ${asOf}`;
}

function freeName(directory: string, name: string, extension: string): string {
  let candidate = `${name}${extension}`;
  for (let counter = 2; fs.existsSync(path.join(directory, candidate)); counter += 1) {
    candidate = `${name} (${counter})${extension}`;
  }
  return candidate;
}

/**
 * « Envoyer au comptable »: in one new folder (or one zip), a consistent
 * copy of the open file, a spreadsheet of the open items and the aged
 * balance as of today, and a short guide. Works on a file opened
 * read-only too: nothing is written to the file itself.
 */
export async function sendToAccountant(
  context: ServiceContext,
  directory: string,
  zip: boolean,
): Promise<AccountantPack> {
  const started = performance.now();
  const asOf = context.today();
  const company = await getCompany(context.database.db);
  const name = folderName(company.legalName, asOf);
  const files = [
    path.basename(context.database.filePath),
    `echeances-et-balance-agee-${asOf}.xlsx`,
    'A-LIRE.txt',
  ];

  let folder: string;
  try {
    fs.mkdirSync(directory, { recursive: true });
    const taken = freeName(directory, name, zip ? '.zip' : '');
    folder = path.join(directory, zip ? `.${taken}.en-cours` : taken);
    fs.mkdirSync(folder);
  } catch (error) {
    throw backupFailure(error, directory, 'pack');
  }

  try {
    const figures = packFigures(loadLedgerSnapshot(context.database.sqlite), asOf);
    const copy = path.join(folder, files[0] ?? 'dossier.sqlite');
    if (fs.existsSync(context.database.filePath)) {
      await copyDatabaseFile(context.database.filePath, copy);
    } else {
      await copyFromConnection(context.database.sqlite, copy);
    }
    await writeAccountantWorkbook(
      path.join(folder, files[1] ?? ''),
      company.legalName,
      files[0] ?? '',
      figures,
    );
    fs.writeFileSync(
      path.join(folder, files[2] ?? ''),
      accountantReadme(company.legalName, asOf, files),
    );

    let result = folder;
    if (zip) {
      result = path.join(directory, freeName(directory, name, '.zip'));
      const inside = path.basename(result, '.zip');
      await writeStoredZip(
        result,
        files.map((file) => ({ name: `${inside}/${file}`, source: path.join(folder, file) })),
        context.now(),
      );
      fs.rmSync(folder, { recursive: true, force: true });
    }
    log.info('accountant pack written', {
      zip,
      openItems: figures.openItems.length,
      ms: Math.round(performance.now() - started),
    });
    return {
      path: result,
      kind: zip ? 'zip' : 'folder',
      files,
      asOf,
      openItemCount: figures.openItems.length,
      totalOpenCents: figures.totals.totalCents,
    };
  } catch (error) {
    // Half a pack must not be handed over: the folder goes, the file is untouched.
    fs.rmSync(folder, { recursive: true, force: true });
    throw backupFailure(error, directory, 'pack');
  }
}
