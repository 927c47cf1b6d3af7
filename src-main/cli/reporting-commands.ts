import type { DashboardQueryInput } from '../../src-shared/ipc/schemas/reporting-schemas';
import { isRiskClass } from '../../src-shared/risk/risk-class';
import { AppError } from '../errors/app-error';
import { optionalText, requireDate, requireId, type Options } from './cli-arguments';
import type { CliCommand } from './cli-commands';

function optionalDate(options: Options, name: string): string | null {
  return optionalText(options, name) === null ? null : requireDate(options, name);
}

// The same filters as the screen: --as-of is the end of the period and the balances' day.
function dashboardQueryFrom(options: Options): DashboardQueryInput {
  const riskClass = optionalText(options, 'risk-class');
  if (riskClass !== null && !isRiskClass(riskClass)) {
    throw new AppError('VALIDATION', '--risk-class vaut A, B, C ou D.');
  }
  return {
    from: optionalDate(options, 'from'),
    to: optionalDate(options, 'as-of'),
    sector: optionalText(options, 'sector'),
    departement: optionalText(options, 'departement'),
    riskClass,
  };
}

/** The reporting commands: the dashboard's figures, the risk map, a debtor's risk. */
export const reportingCommands: Record<string, CliCommand> = {
  dashboard: {
    summary:
      'chiffres du tableau de bord : [--as-of JJ/MM/AAAA] [--from JJ/MM/AAAA] [--sector S] ' +
      '[--departement 75] [--risk-class A]',
    opensFile: true,
    run: (options, call) => call('reporting:dashboard', dashboardQueryFrom(options)),
  },
  'risk:map': {
    summary: 'cartographie du risque : mêmes options que dashboard',
    opensFile: true,
    run: (options, call) => call('reporting:riskMap', dashboardQueryFrom(options)),
  },
  'debtor:risk': {
    summary: "classe de risque d'un débiteur, ses facteurs et son plafond : --debtor ID",
    opensFile: true,
    run: (options, call) => call('risk:debtor', { id: requireId(options, 'debtor') }),
  },
};
