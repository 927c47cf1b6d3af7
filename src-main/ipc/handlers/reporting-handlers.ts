import { loadDashboard, loadDebtorsBehind, loadRiskMap } from '../../reporting/dashboard-service';
import { printScreenToPdf } from '../../reporting/dashboard-pdf';
import { exportFigures } from '../../reporting/figure-export';
import { shippedMapShapes } from '../../reporting/map-shapes-asset';
import { setCreditLimit } from '../../risk/credit-limit-service';
import { loadDebtorRisk } from '../../risk/risk-service';
import type { HandlerRegistry } from '../dispatch';
import type { HandlerContext } from '../handler-context';

interface ExportRequest {
  choose: boolean;
  path: string | null;
  overwrite: boolean;
}

// With `choose`, the desktop app asks where to save (undefined when the dialog is cancelled);
// the save dialog itself asks before replacing a file, so its answer may overwrite. A path
// the page sent replaces a file only when the request says so.
async function chosenTarget(
  context: HandlerContext,
  request: ExportRequest,
  suggestedName: string,
): Promise<{ path: string | null; overwrite: boolean } | undefined> {
  if (!request.choose || !context.dialogs) {
    return { path: request.path, overwrite: request.overwrite };
  }
  const chosen = await context.dialogs.chooseExportPath(suggestedName);
  return chosen === null ? undefined : { path: chosen, overwrite: true };
}

/** Risk scores, the risk map and the dashboard, with their exports. */
export const reportingHandlers = {
  'reporting:dashboard': (args, { workspace }) => loadDashboard(workspace.context(), args),
  'reporting:riskMap': (args, { workspace }) => loadRiskMap(workspace.context(), args),
  'reporting:mapShapes': () => shippedMapShapes(),
  'reporting:debtors': (args, { workspace }) =>
    loadDebtorsBehind(workspace.context(), args.filters, args.selector),
  'reporting:exportXlsx': async (args, context) => {
    const service = context.workspace.context();
    const stem = `${args.figure}-${args.filters.to ?? service.today()}.xlsx`;
    const target = await chosenTarget(context, args, stem);
    if (target === undefined) return null;
    return exportFigures(
      service,
      context.workspace.dataDirectory,
      args.filters,
      args.figure,
      target.path,
      target.overwrite,
    );
  },
  'reporting:exportPdf': async (args, context) => {
    const service = context.workspace.context();
    const stem = `tableau-de-bord-${args.to ?? service.today()}`;
    const target = await chosenTarget(context, args, `${stem}.pdf`);
    if (target === undefined) return null;
    return printScreenToPdf(
      context.printer,
      context.workspace.dataDirectory,
      stem,
      target.path,
      target.overwrite,
    );
  },

  'risk:debtor': (args, { workspace }) => loadDebtorRisk(workspace.context(), args.id),
  'risk:setCreditLimit': async (args, { workspace }) => {
    const context = workspace.context();
    await setCreditLimit(context, args);
    return loadDebtorRisk(context, args.debtorId);
  },
} satisfies Partial<HandlerRegistry>;
