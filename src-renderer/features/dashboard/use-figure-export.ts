import { useCallback, useState } from 'react';
import type { AppInfo } from '../../../src-shared/domain/workspace';
import type { DashboardQueryInput } from '../../../src-shared/ipc/schemas/reporting-schemas';
import { ApiError, call } from '../../api/client';

/** What the last export said: where the file went, or why it failed. */
export interface ExportNotice {
  kind: 'success' | 'error';
  message: string;
}

/**
 * Exports figures to XLSX (the desktop app asks where; the bridge writes to the user data
 * folder's `exports`) and prints the screen: to a PDF file in the desktop app, through the
 * browser's print dialog (print stylesheet) elsewhere.
 */
export function useFigureExport(info: AppInfo, query: DashboardQueryInput) {
  const [notice, setNotice] = useState<ExportNotice | null>(null);
  const fail = (error: unknown) =>
    setNotice({
      kind: 'error',
      message: error instanceof ApiError ? error.message : 'L’export a échoué.',
    });

  const exportXlsx = useCallback(
    async (figure: string) => {
      setNotice(null);
      try {
        const result = await call('reporting:exportXlsx', {
          filters: query,
          figure,
          choose: info.hasNativeDialogs,
        });
        if (result) setNotice({ kind: 'success', message: `Fichier enregistré : ${result.path}` });
      } catch (error) {
        fail(error);
      }
    },
    [info.hasNativeDialogs, query],
  );

  const print = useCallback(async () => {
    setNotice(null);
    if (info.shell !== 'electron') {
      window.print();
      return;
    }
    try {
      const result = await call('reporting:exportPdf', { to: query.to ?? null, choose: true });
      if (result) setNotice({ kind: 'success', message: `PDF enregistré : ${result.path}` });
    } catch (error) {
      fail(error);
    }
  }, [info.shell, query.to]);

  return { notice, exportXlsx, print };
}
