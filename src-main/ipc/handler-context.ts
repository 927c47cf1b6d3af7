import type { SecretCipher } from '../secrets/secret-store';
import type { Workspace } from '../workspace/workspace';

/** Native file dialogs; only the Electron shell has them. */
export interface FileDialogs {
  chooseFileToOpen(): Promise<string | null>;
  chooseNewFilePath(suggestedName: string): Promise<string | null>;
  /** A FEC or a spreadsheet to import, the filter matching its kind. */
  chooseFileToImport(kind: 'fec' | 'spreadsheet'): Promise<string | null>;
  /** Where to save an export, suggesting a name in the user data folder's `exports`. */
  chooseExportPath(suggestedName: string): Promise<string | null>;
  /** A folder to write into (the accountant's pack), starting from `suggested`. */
  chooseFolder(title: string, suggested: string): Promise<string | null>;
}

/** Prints the app's own window to PDF; only the Electron shell has it. */
export interface PagePrinter {
  printToPdf(): Promise<Uint8Array>;
}

/** Opens a folder in the system's file manager; only the Electron shell has it. */
export interface FolderOpener {
  openFolder(folder: string): Promise<boolean>;
}

/** What a handler may use besides its validated argument. */
export interface HandlerContext {
  workspace: Workspace;
  shell: 'electron' | 'bridge';
  dialogs: FileDialogs | null;
  appVersion: string;
  /** Absent on the bridge and the command line: the browser prints with window.print(). */
  printer?: PagePrinter;
  /** Absent on the bridge and the command line: the screen shows the folder's path instead. */
  folderOpener?: FolderOpener;
  /**
   * The system keychain for the secrets kept on this machine (SMTP password); only the
   * Electron shell has one. Without it they are kept in a file readable by the user only.
   */
  secretCipher?: SecretCipher | null;
}
