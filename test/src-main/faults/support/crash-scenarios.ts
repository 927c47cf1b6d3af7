import type { CalendarDate } from '../../../../src-shared/dates/calendar-date';
import { importFec } from '../../../../src-main/import/fec-import/fec-import-service';
import { say } from './child-output';
import { SMALL_CACHE_PAGES, workspaceIn } from './child-workspace';

/** Holds the file open for writing until killed or until stdin closes. */
export async function hold(file: string, dataDirectory: string): Promise<void> {
  const workspace = workspaceIn(dataDirectory, 'Marie Dupont');
  const info = await workspace.openFile(file);
  say(`ready ${JSON.stringify(info)}`);
  await new Promise<void>((resolve) => {
    process.stdin.on('end', resolve);
    process.stdin.resume();
  });
  await workspace.closeFile();
}

/**
 * Imports a FEC through the app's import service, as the import screen
 * does. Every progress report is printed (`progress reading|writing N`)
 * before the import goes on, then `committed` once the import returned.
 */
export async function importInChild(
  file: string,
  dataDirectory: string,
  fecPath: string,
  today: CalendarDate,
): Promise<void> {
  const workspace = workspaceIn(dataDirectory, 'Import', today);
  await workspace.openFile(file);
  const context = workspace.context();
  context.database.sqlite.pragma(`cache_size = ${SMALL_CACHE_PAGES}`);
  say('ready');
  await importFec(
    context,
    fecPath,
    {},
    {
      report: ({ label, done }) =>
        say(`progress ${label.startsWith('Écriture') ? 'writing' : 'reading'} ${done}`),
    },
  );
  say('committed');
  await workspace.closeFile();
}

/** Restores a backup into the file it holds, saying when it starts and when it is done. */
export async function restoreInChild(
  file: string,
  dataDirectory: string,
  backupId: string,
): Promise<void> {
  const workspace = workspaceIn(dataDirectory, 'Restauration');
  await workspace.openFile(file);
  workspace.context().database.sqlite.pragma(`cache_size = ${SMALL_CACHE_PAGES}`);
  say('ready');
  say('restoring');
  await workspace.restoreBackup(backupId);
  say('restored');
  await workspace.closeFile();
}
