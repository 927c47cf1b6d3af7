import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, OpenFileInfo } from '../../src-shared/domain/workspace';
import type { MenuCommand } from '../../src-shared/ipc/menu-commands';
import { ApiError, call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { StartScreen } from '../features/start/StartScreen';
import { AppShell } from './AppShell';
import { navigate } from './route';

/** Top level: the start screen until a company file is open, then the app's sections. */
export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [file, setFile] = useState<OpenFileInfo | null>(null);
  const [startMode, setStartMode] = useState<'list' | 'create' | 'open'>('list');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([call('app:info', {}), call('file:current', {})]).then(
      ([appInfo, current]) => {
        setInfo(appInfo);
        setFile(current);
      },
      (failure: unknown) =>
        setError(failure instanceof ApiError ? failure.message : String(failure)),
    );
  }, []);

  const closeFile = useCallback(async (mode: 'list' | 'create' | 'open') => {
    await call('file:close', {});
    setFile(null);
    setStartMode(mode);
  }, []);

  useEffect(() => {
    const handlers: Record<MenuCommand, () => void> = {
      'file:new': () => void closeFile('create'),
      'file:open': () => void closeFile('open'),
      'file:startScreen': () => void closeFile('list'),
      'file:close': () => void closeFile('list'),
      // Without an open file the start screen stays; the hash applies once one is open.
      'file:backups': () => navigate({ screen: 'backups' }),
      'file:sendToAccountant': () => navigate({ screen: 'accountant' }),
    };
    return window.recouvraMenu?.onCommand((command) => handlers[command]());
  }, [closeFile]);

  if (error) return <ErrorBanner message={error} />;
  if (!info) return <p className="loading">Chargement…</p>;
  if (!file) {
    return <StartScreen info={info} initialMode={startMode} onOpened={setFile} />;
  }
  return (
    <AppShell
      file={file}
      info={info}
      onChangeFile={() => void closeFile('list')}
      onFileChanged={setFile}
    />
  );
}
