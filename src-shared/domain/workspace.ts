import type { FileLockHolder, ReadOnlyReason } from '../file-sharing/file-lock';

/** The file currently open. */
export interface OpenFileInfo {
  path: string;
  name: string;
  readOnly: boolean;
  companyName: string;
  schemaVersion: number;
  /** Why the file is read-only, when it is. */
  readOnlyReason: ReadOnlyReason | null;
  /** The other app that holds the file for writing, when there is one. */
  holder: FileLockHolder | null;
  /** Where the rescue copy went when the file vanished while open. */
  rescueCopyPath: string | null;
}

/** A file in the start screen's list of recent files. */
export interface RecentFile {
  path: string;
  name: string;
  companyName: string;
  lastOpenedAt: string;
  exists: boolean;
}

/** Facts about the running app that the renderer shows or needs. */
export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataDirectory: string;
  /** Where a new company file goes when the user gives no path. */
  filesDirectory: string;
  today: string;
  /** `electron` in the desktop app, `bridge` in a browser on the loopback bridge. */
  shell: 'electron' | 'bridge';
  /** Whether native open/save dialogs exist (not on the bridge). */
  hasNativeDialogs: boolean;
}
