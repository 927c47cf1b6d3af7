import { loadDashboard, loadDebtorsBehind, loadRiskMap } from '../../reporting/dashboard-service';
import { printScreenToPdf } from '../../reporting/dashboard-pdf';
import { exportFigures } from '../../reporting/figure-export';
import { shippedMapShapes } from '../../reporting/map-shapes-asset';
import { setCreditLimit } from '../../risk/credit-limit-service';
import { plugRiskClassesIntoRelance } from '../../risk/relance-risk-source';
import { loadDebtorRisk } from '../../risk/risk-service';
import type { HandlerRegistry } from '../dispatch';
import type { HandlerContext } from '../handler-context';

// With `choose`, the desktop app asks where to save; a cancelled dialog answers null.
async function chosenPath(
  context: HandlerContext,
  choose: boolean,
  given: string | null,
  suggestedName: string,
): Promise<string | null | undefined> {
  if (!choose || !context.dialogs) return given;
  return (await context.dialogs.chooseExportPath(suggestedName)) ?? undefined;
}

// Wiring: every shell loads this registry, so the relance engine gets the risk classes here.
plugRiskClassesIntoRelance();

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
    const target = await chosenPath(context, args.choose, args.path, stem);
    if (target === undefined) return null;
    return exportFigures(
      service,
      context.workspace.dataDirectory,
      args.filters,
      args.figure,
      target,
    );
  },
  'reporting:exportPdf': async (args, context) => {
    const service = context.workspace.context();
    const stem = `tableau-de-bord-${args.to ?? service.today()}`;
    const target = await chosenPath(context, args.choose, args.path, `${stem}.pdf`);
    if (target === undefined) return null;
    return printScreenToPdf(context.printer, context.workspace.dataDirectory, stem, target);
  },

  'risk:debtor': (args, { workspace }) => loadDebtorRisk(workspace.context(), args.id),
  'risk:setCreditLimit': async (args, { workspace }) => {
    const context = workspace.context();
    await setCreditLimit(context, args);
    return loadDebtorRisk(context, args.debtorId);
  },
} satisfies Partial<HandlerRegistry>;
