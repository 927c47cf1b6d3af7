import os from 'node:os';
import path from 'node:path';

/** The product name Electron uses for the user data folder. */
export const PRODUCT_NAME = 'Recouvra';

/**
 * The folder Electron's `app.getPath('userData')` gives on each system, so
 * the command line and the bridge find the same files as the desktop app.
 * RECOUVRA_DATA_DIR overrides it (tests, portable installs).
 */
export function userDataDirectory(): string {
  if (process.env.RECOUVRA_DATA_DIR) return path.resolve(process.env.RECOUVRA_DATA_DIR);
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
    default:
      return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
  }
}

/** The name written on every change made from this machine's session. */
export function systemActorName(): string {
  try {
    return os.userInfo().username || 'utilisateur';
  } catch {
    return 'utilisateur';
  }
}
