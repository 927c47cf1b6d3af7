import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL_NAME, type RecouvraApi } from '../../src-shared/ipc/api';
import { CHANNEL_NAMES } from '../../src-shared/ipc/contract';
import { MENU_EVENT, type MenuCommand } from '../../src-shared/ipc/menu-commands';

// One typed function per channel of the contract, and nothing else: the
// renderer never gets ipcRenderer or a generic invoke.
const api = Object.fromEntries(
  CHANNEL_NAMES.map((channel) => [channel, (args: unknown) => ipcRenderer.invoke(channel, args)]),
) as RecouvraApi;

contextBridge.exposeInMainWorld(API_GLOBAL_NAME, api);

// Menu commands (Fichier > Ouvrir…) reach the renderer through one listener.
contextBridge.exposeInMainWorld('recouvraMenu', {
  onCommand(listener: (command: MenuCommand) => void) {
    const forward = (_event: unknown, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_EVENT, forward);
    return () => ipcRenderer.off(MENU_EVENT, forward);
  },
});
