import fs from 'node:fs';
import path from 'node:path';
import { formatFrenchDate } from '../../src-shared/dates/french-date';
import { buildDashboard } from '../../src-shared/reporting/dashboard';
import type { DashboardFilters } from '../../src-shared/reporting/dashboard-types';
import { dashboardTables, riskMapTables } from '../../src-shared/reporting/figure-tables';
import { buildRiskMap } from '../../src-shared/reporting/risk-map-report';
import { RISK_CLASS_LABELS } from '../../src-shared/risk/risk-class';
import { departementName } from '../../src-shared/validators/postal-code';
import { getCompany } from '../company/company-service';
import { AppError } from '../errors/app-error';
import { createLogger } from '../logging/logger';
import type { ServiceContext } from '../workspace/service-context';
import { resolveFilters, type DashboardQuery } from './dashboard-service';
import { checkExportTarget, freeExportPath } from './export-target';
import { writeFigureWorkbook } from './figure-workbook';
import { reportSources } from './report-sources';

const log = createLogger('reporting');

/** Which figures to export: a whole screen, or one figure by its table key. */
export type FigureChoice = 'tableau-de-bord' | 'cartographie' | string;

/** Where the export was written and how many figures it holds. */
export interface FigureExport {
  path: string;
  figures: number;
}

function filterLines(filters: DashboardFilters): [string, string][] {
  const departement =
    filters.departement === null
      ? 'Tous'
      : filters.departement === 'hors_idf'
        ? 'Hors Île-de-France'
        : `${filters.departement} ${departementName(filters.departement) ?? ''}`.trim();
  return [
    ['Période', `du ${formatFrenchDate(filters.from)} au ${formatFrenchDate(filters.to)}`],
    ['Soldes au', formatFrenchDate(filters.to)],
    ['Secteur', filters.sector === null ? 'Tous' : filters.sector || 'Sans secteur'],
    ['Département', departement],
    ['Classe de risque', filters.riskClass ? RISK_CLASS_LABELS[filters.riskClass] : 'Toutes'],
  ];
}

/**
 * Exports figures of the dashboard or the risk map to XLSX, for the same filters as the
 * screen: into `targetPath` (an existing file only with `overwrite`), or under a new name in
 * the `exports` folder of the user data folder.
 */
export async function exportFigures(
  context: ServiceContext,
  dataDirectory: string,
  query: DashboardQuery,
  figure: FigureChoice,
  targetPath: string | null,
  overwrite = false,
): Promise<FigureExport> {
  const filters = resolveFilters(query, context);
  const sources = await reportSources(context.database, filters.to);
  const dashboard = dashboardTables(buildDashboard(sources, filters));
  const map = riskMapTables(buildRiskMap(sources, filters));
  const tables =
    figure === 'tableau-de-bord'
      ? dashboard
      : figure === 'cartographie'
        ? map
        : [...dashboard, ...map].filter((table) => table.key === figure);
  if (tables.length === 0) {
    throw new AppError('VALIDATION', `Le chiffre « ${figure} » n’existe pas : rien à exporter.`);
  }

  let target: string;
  if (targetPath === null) {
    const directory = path.join(dataDirectory, 'exports');
    fs.mkdirSync(directory, { recursive: true });
    target = freeExportPath(directory, `${figure}-${filters.to}`, '.xlsx');
  } else {
    target = checkExportTarget(targetPath, '.xlsx', overwrite);
  }
  const company = await getCompany(context.database.db);
  await writeFigureWorkbook(
    target,
    {
      companyName: company.legalName,
      title: tables.every((table) => map.includes(table))
        ? 'Cartographie du risque'
        : 'Tableau de bord',
      lines: [
        ...filterLines(filters),
        ['Exporté le', `${formatFrenchDate(context.today())} par ${context.actor}`],
      ],
    },
    tables,
  );
  log.info('figures exported', { figures: tables.length });
  return { path: target, figures: tables.length };
}
