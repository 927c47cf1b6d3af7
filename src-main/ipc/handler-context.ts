import type { Workspace } from '../workspace/workspace';

/** Native file dialogs; only the Electron shell has them. */
export interface FileDialogs {
  chooseFileToOpen(): Promise<string | null>;
  chooseNewFilePath(suggestedName: string): Promise<string | null>;
}

/** What a handler may use besides its validated argument. */
export interface HandlerContext {
  workspace: Workspace;
  shell: 'electron' | 'bridge';
  dialogs: FileDialogs | null;
  appVersion: string;
}
