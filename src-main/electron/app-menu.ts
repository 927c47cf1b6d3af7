import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_EVENT, type MenuCommand } from '../../src-shared/ipc/menu-commands';

/** The French application menu; file commands are handled by the renderer's screens. */
export function buildAppMenu(window: BrowserWindow): Menu {
  const send = (command: MenuCommand) => () => window.webContents.send(MENU_EVENT, command);
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Fichier',
      submenu: [
        { label: 'Nouveau dossier…', accelerator: 'CmdOrCtrl+N', click: send('file:new') },
        { label: 'Ouvrir un dossier…', accelerator: 'CmdOrCtrl+O', click: send('file:open') },
        { label: 'Dossiers récents', click: send('file:startScreen') },
        { type: 'separator' },
        { label: 'Sauvegardes…', click: send('file:backups') },
        { label: 'Envoyer au comptable…', click: send('file:sendToAccountant') },
        { type: 'separator' },
        { label: 'Fermer le dossier', click: send('file:close') },
        { type: 'separator' },
        { label: 'Quitter', role: 'quit' },
      ],
    },
    {
      label: 'Édition',
      submenu: [
        { label: 'Annuler', role: 'undo' },
        { label: 'Rétablir', role: 'redo' },
        { type: 'separator' },
        { label: 'Couper', role: 'cut' },
        { label: 'Copier', role: 'copy' },
        { label: 'Coller', role: 'paste' },
        { label: 'Tout sélectionner', role: 'selectAll' },
      ],
    },
    {
      label: 'Affichage',
      submenu: [
        { label: 'Zoom avant', role: 'zoomIn' },
        { label: 'Zoom arrière', role: 'zoomOut' },
        { label: 'Taille réelle', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Plein écran', role: 'togglefullscreen' },
        ...(app.isPackaged
          ? []
          : [{ label: 'Outils de développement', role: 'toggleDevTools' as const }]),
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
