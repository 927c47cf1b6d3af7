import { RISK_CLASSES, type RiskClass } from '../risk/risk-class';
import { creditLimitStatus, suggestCreditLimit } from '../risk/credit-limit';
import { agedBalance } from './aged-balance';
import { agedBalanceEvolution } from './aged-evolution';
import { cashForecast, FORECAST_METHOD } from './cash-forecast';
import { ceiForPeriod, CEI_FORMULA } from './cei';
import { collectionRate } from './collection-rate';
import type { Dashboard, DashboardFilters } from './dashboard-types';
import { dashboardView, type DashboardView, type ReportSources } from './dashboard-view';
import { disputeResolutionRate } from './dispute-resolution-rate';
import { DSO_METHOD, dsoCountBack } from './dso';
import { ownerResults } from './owner-results';
import { paymentDelays } from './payment-delays';
import { promiseKeptRate, promiseStatuses } from './promise-kept-rate';
import { receivableTotals } from './receivable-totals';
import { relanceActivity } from './relance-activity';
import type { Exposure } from './risk-map';
import { topOverdueDebtors } from './top-overdue';

function exposureByClass(view: DashboardView, sources: ReportSources): Record<RiskClass, Exposure> {
  const byClass = Object.fromEntries(
    RISK_CLASSES.map((riskClass) => [riskClass, { openCents: 0, overdueCents: 0, debtors: 0 }]),
  ) as Record<RiskClass, Exposure>;
  for (const ledger of view.ledgers) {
    const amounts = view.exposure.get(ledger.debtor.id);
    if (!amounts) continue;
    const riskClass = sources.ratings.ratings.get(ledger.debtor.id)?.riskClass ?? 'B';
    byClass[riskClass].openCents += amounts.openCents;
    byClass[riskClass].overdueCents += amounts.overdueCents;
    byClass[riskClass].debtors += 1;
  }
  return byClass;
}

/** How many debtors owe more than their credit limit (set by hand, else suggested). */
export function countOverCreditLimit(view: DashboardView, sources: ReportSources): number {
  let count = 0;
  for (const ledger of view.ledgers) {
    const id = ledger.debtor.id;
    const open = view.exposure.get(id)?.openCents ?? 0;
    const rating = sources.ratings.ratings.get(id);
    const history = sources.ratings.histories.get(id);
    if (open <= 0 || !rating || !history) continue;
    const status = creditLimitStatus(
      open,
      sources.ledger.creditLimits.get(id) ?? null,
      suggestCreditLimit(rating.riskClass, history),
    );
    if (status.exceeded) count += 1;
  }
  return count;
}

/** Every figure of the dashboard for the filters, from the file as the reports read it. */
export function buildDashboard(sources: ReportSources, filters: DashboardFilters): Dashboard {
  const view = dashboardView(sources, filters);
  const { ledger } = view;
  const { from, to } = filters;
  const totals = receivableTotals(view.items, ledger, to);
  const aged = agedBalance(ledger, to);
  const cei = ceiForPeriod(ledger, from, to, view.settlements);
  const statuses = promiseStatuses(view.ledgers, to);
  return {
    filters,
    debtorCount: view.ledgers.length,
    totals: { ...totals, unallocatedCents: aged.unallocatedCents },
    dso: { ...dsoCountBack(totals.outstandingCents, ledger.invoices, to), method: DSO_METHOD },
    cei: { value: cei.cei, inputs: cei.inputs, formula: CEI_FORMULA },
    collection: collectionRate(ledger.invoices, view.settlements, from, to),
    delays: paymentDelays(ledger.invoices, ledger.payments, from, to),
    aged,
    evolution: agedBalanceEvolution(ledger, to, 12, view.settlements),
    topOverdue: topOverdueDebtors(view.items, ledger.debtors, sources.ratings.ratings),
    promises: promiseKeptRate(view.ledgers, from, to),
    disputes: disputeResolutionRate(ledger.disputes, from, to),
    relance: {
      source: ledger.relanceSource,
      channels: relanceActivity(ledger.relanceActions, ledger.payments, from, to),
    },
    forecast: {
      ...cashForecast(view.ledgers, view.itemsByDebtor, view.usualDelays, to),
      method: FORECAST_METHOD,
    },
    ...ownerResults(view.ledgers, ledger.users, view.exposure, statuses, from, to),
    byRiskClass: exposureByClass(view, sources),
    overCreditLimit: countOverCreditLimit(view, sources),
  };
}
