/** The event on which the Electron menu sends a command to the renderer. */
export const MENU_EVENT = 'menu:command';

/** What the application menu can ask the renderer to do. */
export type MenuCommand =
  | 'file:new'
  | 'file:open'
  | 'file:startScreen'
  | 'file:close'
  | 'file:backups'
  | 'file:sendToAccountant';

/** Listens to menu commands; only the Electron preload provides it. */
export interface MenuBridge {
  onCommand(listener: (command: MenuCommand) => void): () => void;
}
