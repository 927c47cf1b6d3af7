import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import { APP_VERSION } from '../app-version';
import { useNativeBinding } from '../database/native-binding';
import { DATABASE_EXTENSION, DEFAULT_FILES_FOLDER } from '../database/file-identity';
import type { FileDialogs, HandlerContext } from '../ipc/handler-context';
import { configureLogFile, createLogger } from '../logging/logger';
import { systemActorName } from '../workspace/user-data-directory';
import { Workspace } from '../workspace/workspace';
import { buildAppMenu } from './app-menu';
import { registerIpcHandlers } from './ipc-registration';
import { systemSecretCipher } from './secret-cipher';
import { enforceContentSecurityPolicy, lockNavigation } from './window-security';

// Entry point of the desktop app: wiring only. The logic lives in modules
// that also run under plain Node (tests, command line, bridge).

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, '..', 'renderer', 'index.html');
const appUrlPrefix = pathToFileURL(path.join(here, '..', 'renderer') + path.sep).href;
const log = createLogger('app');

app.enableSandbox();

// The launcher (npm start) points at a better-sqlite3 build for Electron's
// ABI; a packaged app has its own rebuilt copy and needs nothing.
if (process.env.RECOUVRA_SQLITE_BINDING) {
  useNativeBinding({ nativeBinding: process.env.RECOUVRA_SQLITE_BINDING });
}

function createDialogs(window: BrowserWindow, workspace: Workspace): FileDialogs {
  const filters = [{ name: 'Dossier Recouvra', extensions: [DATABASE_EXTENSION.slice(1)] }];
  return {
    async chooseFileToOpen() {
      const result = await dialog.showOpenDialog(window, {
        title: 'Ouvrir un dossier Recouvra',
        properties: ['openFile'],
        filters,
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseNewFilePath(suggestedName) {
      const result = await dialog.showSaveDialog(window, {
        title: 'Créer un dossier Recouvra',
        defaultPath: path.join(
          workspace.dataDirectory,
          DEFAULT_FILES_FOLDER,
          `${suggestedName}${DATABASE_EXTENSION}`,
        ),
        filters,
      });
      return result.canceled ? null : (result.filePath ?? null);
    },
    async chooseFileToImport(kind) {
      const result = await dialog.showOpenDialog(window, {
        title: kind === 'fec' ? 'Choisir un FEC à importer' : 'Choisir un tableur à importer',
        properties: ['openFile'],
        filters: IMPORT_FILTERS[kind],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseExportPath(suggestedName) {
      const extension = path.extname(suggestedName).slice(1);
      const result = await dialog.showSaveDialog(window, {
        title: 'Enregistrer l’export',
        defaultPath: path.join(workspace.dataDirectory, 'exports', suggestedName),
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
        // Linux's dialog replaces an existing file silently unless asked to confirm; the
        // export then trusts this answer and overwrites.
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      });
      return result.canceled ? null : (result.filePath ?? null);
    },
    async chooseFolder(title, suggested) {
      const result = await dialog.showOpenDialog(window, {
        title,
        defaultPath: suggested,
        properties: ['openDirectory', 'createDirectory'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

// FEC exports are text files named .txt (sometimes .csv or without extension).
const IMPORT_FILTERS = {
  fec: [
    { name: 'Fichier des écritures comptables (FEC)', extensions: ['txt', 'csv', 'fec'] },
    { name: 'Tous les fichiers', extensions: ['*'] },
  ],
  spreadsheet: [
    { name: 'Tableur (CSV, Excel)', extensions: ['csv', 'xlsx', 'txt'] },
    { name: 'Tous les fichiers', extensions: ['*'] },
  ],
};

async function start(): Promise<void> {
  const dataDirectory = app.getPath('userData');
  configureLogFile(path.join(dataDirectory, 'journaux'));
  log.info('app starting', { version: APP_VERSION });

  const workspace = new Workspace({ dataDirectory, actor: systemActorName() });
  const window = new BrowserWindow({
    width: 1320,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Recouvra',
    webPreferences: {
      preload: path.join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click could open links outside the navigation guard.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  enforceContentSecurityPolicy(window.webContents.session);
  lockNavigation(window, appUrlPrefix);

  const context: HandlerContext = {
    workspace,
    shell: 'electron',
    dialogs: createDialogs(window, workspace),
    appVersion: APP_VERSION,
    printer: {
      // The print stylesheet lays the dashboard out on A4 pages, as in a browser.
      printToPdf: () =>
        window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, landscape: false }),
    },
    // The handler only passes folders the app wrote its relance documents into.
    folderOpener: {
      openFolder: async (folder) => (await shell.openPath(folder)) === '',
    },
    secretCipher: await systemSecretCipher(),
  };
  registerIpcHandlers(context, (url) => url.startsWith(appUrlPrefix));
  Menu.setApplicationMenu(buildAppMenu(window));

  window.once('ready-to-show', () => window.show());
  app.on('window-all-closed', () => {
    void workspace.closeFile().finally(() => app.quit());
  });
  await window.loadFile(rendererIndex);
}

app.whenReady().then(start, (error: unknown) => log.error('app failed to start', error));
