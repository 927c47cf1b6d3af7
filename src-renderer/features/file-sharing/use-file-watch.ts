import { useEffect } from 'react';
import { LOCK_HEARTBEAT_MS } from '../../../src-shared/file-sharing/file-lock';
import type { OpenFileInfo } from '../../../src-shared/domain/workspace';
import { callResult } from '../../api/client';

const watched = (file: OpenFileInfo) =>
  JSON.stringify([file.readOnly, file.readOnlyReason, file.holder, file.rescueCopyPath]);

/**
 * Asks main about the open file at the heartbeat's pace, so the screen
 * learns when the app holding the file has closed it, when another app took
 * it over, or when the file vanished, without waiting for a refused write.
 */
export function useFileWatch(file: OpenFileInfo, onFileChanged: (file: OpenFileInfo) => void) {
  useEffect(() => {
    const timer = setInterval(() => {
      void callResult('file:current', {}).then((result) => {
        if (result.ok && result.value && watched(result.value) !== watched(file)) {
          onFileChanged(result.value);
        }
      });
    }, LOCK_HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [file, onFileChanged]);
}
