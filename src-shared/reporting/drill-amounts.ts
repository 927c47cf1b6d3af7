import { disputedInvoiceIds } from '../domain/dispute';
import type { Cents } from '../money/cents';
import { creditLimitStatus, suggestCreditLimit } from '../risk/credit-limit';
import { ageBucket } from './aged-balance';
import { cashForecast } from './cash-forecast';
import type { DashboardView, ReportSources } from './dashboard-view';
import type { DrillSelector } from './drill-down';
import { openItemsAsOf } from './open-items';
import { parisArrondissement } from './paris-arrondissement';
import { isCaseRunning } from './receivable-totals';
import { relanceActivity } from './relance-activity';
import { debtorGeoKey, debtorSizeKey } from './risk-map';
import { lateByDueMonth } from './seasonality';

type Amounts = Map<number, Cents>;

function sumBy<T>(rows: readonly T[], key: (row: T) => number | null, amount: (row: T) => Cents) {
  const totals: Amounts = new Map();
  for (const row of rows) {
    const id = key(row);
    if (id === null) continue;
    totals.set(id, (totals.get(id) ?? 0) + amount(row));
  }
  return totals;
}

/** Each debtor's share of the figure a selector names, and what that share is called. */
export function drillAmounts(
  view: DashboardView,
  sources: ReportSources,
  selector: DrillSelector,
): { label: string; amounts: Amounts } {
  const { to, from } = view.filters;
  const openOf = (keep: (id: number) => boolean): Amounts => {
    const amounts: Amounts = new Map();
    for (const [id, exposure] of view.exposure) {
      if (exposure.openCents > 0 && keep(id)) amounts.set(id, exposure.openCents);
    }
    return amounts;
  };
  const debtor = (id: number) => sources.byDebtor.get(id)!.debtor;
  const riskClass = (id: number) => sources.ratings.ratings.get(id)?.riskClass ?? 'B';

  switch (selector.kind) {
    case 'total':
      return totalAmounts(view, sources, selector.figure);
    case 'agedBucket': {
      const date = selector.date ?? to;
      const items = date === to ? view.items : openItemsAsOf(view.ledger, date, view.settlements);
      const inBucket = items.filter((item) => ageBucket(item.daysPastDue) === selector.bucket);
      return {
        label: 'Dans cette tranche',
        amounts: sumBy(
          inBucket,
          (i) => i.debtorId,
          (i) => i.openCents,
        ),
      };
    }
    case 'forecastWeek':
    case 'forecastOther': {
      const amounts: Amounts = new Map();
      for (const ledger of view.ledgers) {
        const own = cashForecast([ledger], view.itemsByDebtor, view.usualDelays, to);
        const amount =
          selector.kind === 'forecastWeek'
            ? (own.weeks.find((week) => week.weekStart === selector.weekStart)?.totalCents ?? 0)
            : own[`${selector.part}Cents`];
        if (amount > 0) amounts.set(ledger.debtor.id, amount);
      }
      return { label: 'Attendu', amounts };
    }
    case 'relanceChannel': {
      const amounts: Amounts = new Map();
      for (const ledger of view.ledgers) {
        const activity = relanceActivity(ledger.relanceActions, ledger.payments, from, to);
        const own = activity.find((entry) => entry.channel === selector.channel);
        if (own && own.actions > 0) amounts.set(ledger.debtor.id, own.recoveredCents);
      }
      return { label: 'Recouvré après relance', amounts };
    }
    case 'owner':
      return {
        label: 'Encours',
        amounts: openOf((id) => debtor(id).ownerUserId === selector.userId),
      };
    case 'riskClass':
      return { label: 'Encours', amounts: openOf((id) => riskClass(id) === selector.riskClass) };
    case 'riskCell':
      return {
        label: 'Encours',
        amounts: openOf(
          (id) =>
            riskClass(id) === selector.riskClass && (debtor(id).sector ?? '') === selector.sector,
        ),
      };
    case 'size':
      return {
        label: 'Encours',
        amounts: openOf((id) => debtorSizeKey(debtor(id)) === selector.size),
      };
    case 'geo':
      return {
        label: 'Encours',
        amounts: openOf((id) => debtorGeoKey(debtor(id)) === selector.geo),
      };
    case 'arrondissement':
      return {
        label: 'Encours',
        amounts: openOf(
          (id) =>
            debtorGeoKey(debtor(id)) === '75' &&
            (parisArrondissement(debtor(id).postalCode) ?? 0) === selector.number,
        ),
      };
    case 'dueMonth': {
      const amounts: Amounts = new Map();
      const part = selector.part === 'due' ? 'dueCents' : 'lateCents';
      for (const ledger of view.ledgers) {
        const month = lateByDueMonth(ledger.invoices, view.settlements, to).find(
          (row) => row.month === selector.month,
        );
        if (month && month[part] > 0) amounts.set(ledger.debtor.id, month[part]);
      }
      return {
        label: selector.part === 'due' ? 'Échu dans le mois' : 'Payé en retard ou resté impayé',
        amounts,
      };
    }
  }
}

function totalAmounts(
  view: DashboardView,
  sources: ReportSources,
  figure: Extract<DrillSelector, { kind: 'total' }>['figure'],
): { label: string; amounts: Amounts } {
  const { to } = view.filters;
  const amounts: Amounts = new Map();
  for (const ledger of view.ledgers) {
    const id = ledger.debtor.id;
    const exposure = view.exposure.get(id);
    if (!exposure || exposure.openCents <= 0) continue;
    const items = view.itemsByDebtor.get(id) ?? [];
    let amount = 0;
    if (figure === 'outstanding') amount = exposure.openCents;
    if (figure === 'overdue') amount = exposure.overdueCents;
    if (figure === 'disputed') {
      const disputed = disputedInvoiceIds(ledger.disputes, to);
      amount = items
        .filter((item) => disputed.has(item.invoiceId))
        .reduce((s, i) => s + i.openCents, 0);
    }
    if (figure === 'legal' && ledger.legalCases.some((span) => isCaseRunning(span, to))) {
      amount = exposure.openCents;
    }
    if (figure === 'overLimit') {
      const rating = sources.ratings.ratings.get(id);
      const history = sources.ratings.histories.get(id);
      if (rating && history) {
        amount = creditLimitStatus(
          exposure.openCents,
          sources.ledger.creditLimits.get(id) ?? null,
          suggestCreditLimit(rating.riskClass, history),
        ).excessCents;
      }
    }
    if (amount > 0) amounts.set(id, amount);
  }
  const labels = {
    outstanding: 'Encours',
    overdue: 'Échu',
    disputed: 'En litige',
    legal: 'En procédure',
    overLimit: 'Dépassement du plafond',
  };
  return { label: labels[figure], amounts };
}
