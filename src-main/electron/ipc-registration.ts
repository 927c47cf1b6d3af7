import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES } from '../../src-shared/ipc/contract';
import { dispatch } from '../ipc/dispatch';
import type { HandlerContext } from '../ipc/handler-context';
import { handlers } from '../ipc/handlers';
import { createLogger } from '../logging/logger';

const log = createLogger('ipc');

/**
 * Registers one ipcMain handler per channel. Each call is answered only when
 * it comes from the app's own page in the main frame; the argument is then
 * validated by the dispatcher like any other call.
 */
export function registerIpcHandlers(context: HandlerContext, isAppUrl: (url: string) => boolean) {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, args: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isAppUrl(frame.url)) {
        log.warn('call from an unknown sender refused', { channel });
        return {
          ok: false,
          error: { code: 'FORBIDDEN_SENDER', message: 'Appel refusé : expéditeur inconnu.' },
        };
      }
      return dispatch(handlers, context, channel, args);
    });
  }
}
