import { shell, type BrowserWindow, type Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../bridge/content-security-policy';
import { createLogger } from '../logging/logger';

const log = createLogger('security');

// External pages the app may open, always in the system browser.
const EXTERNAL_ALLOW_LIST = [
  'https://www.legifrance.gouv.fr/',
  'https://www.service-public.fr/',
  'https://www.infogreffe.fr/',
  'https://tribunaldigital.fr/',
  'https://annuaire-entreprises.data.gouv.fr/',
];

/** True for an https address under one of the allowed sites. */
export function isAllowedExternalUrl(url: string): boolean {
  return EXTERNAL_ALLOW_LIST.some((prefix) => url.startsWith(prefix));
}

/** Adds the Content-Security-Policy header to every response the window loads. */
export function enforceContentSecurityPolicy(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  // The app needs no camera, microphone, notifications or geolocation.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}

/**
 * Keeps the window on the app: no navigation away, no new windows, external links to the browser.
 */
export function lockNavigation(window: BrowserWindow, appUrl: string): void {
  window.webContents.on('will-navigate', (event, url) => {
    if (url.startsWith(appUrl)) return;
    event.preventDefault();
    openExternalIfAllowed(url);
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
}

function openExternalIfAllowed(url: string): void {
  if (isAllowedExternalUrl(url)) {
    void shell.openExternal(url);
  } else {
    log.warn('navigation refused', { scheme: url.split(':')[0] ?? '' });
  }
}
