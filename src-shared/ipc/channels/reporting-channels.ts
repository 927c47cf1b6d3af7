import type { Dashboard } from '../../reporting/dashboard-types';
import type { DrillResult } from '../../reporting/drill-down';
import type { MapShapes } from '../../reporting/map-shapes';
import type { RiskMapReport } from '../../reporting/risk-map-report';
import type { DebtorRisk } from '../../risk/debtor-risk';
import { byId, noArgs } from '../schemas/common';
import {
  creditLimitUpdate,
  dashboardQuery,
  drillQuery,
  figureExport,
  pdfExport,
} from '../schemas/reporting-schemas';
import { channel } from './define-channel';

/** Where an export was written (null when the user cancelled the save dialog). */
export interface ExportResult {
  path: string;
}

/** Risk scores, the risk map and the dashboard, with their exports. */
export const reportingChannels = {
  'reporting:dashboard': channel(dashboardQuery).returns<Dashboard>(),
  'reporting:riskMap': channel(dashboardQuery).returns<RiskMapReport>(),
  'reporting:mapShapes': channel(noArgs).returns<MapShapes>(),
  'reporting:debtors': channel(drillQuery).returns<DrillResult>(),
  'reporting:exportXlsx': channel(figureExport).returns<
    (ExportResult & { figures: number }) | null
  >(),
  'reporting:exportPdf': channel(pdfExport).returns<ExportResult | null>(),

  'risk:debtor': channel(byId).returns<DebtorRisk>(),
  'risk:setCreditLimit': channel(creditLimitUpdate).returns<DebtorRisk>(),
};
