import type { CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';
import type { RiskClass } from '../risk/risk-class';
import type { AgedBalance } from './aged-balance';
import type { CashForecast } from './cash-forecast';
import type { CeiInputs } from './cei';
import type { CollectionRate } from './collection-rate';
import type { DisputeResolutionRate } from './dispute-resolution-rate';
import type { DsoResult } from './dso';
import type { OtherAuthors, OwnerResult } from './owner-results';
import type { PaymentDelays } from './payment-delays';
import type { PromiseKeptRate } from './promise-kept-rate';
import type { ReceivableTotals } from './receivable-totals';
import type { ChannelActivity } from './relance-activity';
import type { Exposure } from './risk-map';
import type { OverdueDebtor } from './top-overdue';

/** The dashboard's filters: a period ending on the as-of date, and which debtors count. */
export interface DashboardFilters {
  from: CalendarDate;
  /** The end of the period, and the day the balances are taken. */
  to: CalendarDate;
  /** A sector, '' for debtors without one, null for all. */
  sector: string | null;
  /** A département code, `hors_idf` for the rest of France, null for all. */
  departement: string | null;
  riskClass: RiskClass | null;
}

/** Every figure of the Tableau de bord, for the screen, the CLI and the exports alike. */
export interface Dashboard {
  filters: DashboardFilters;
  /** Active debtors matching the filters. */
  debtorCount: number;
  totals: ReceivableTotals & { unallocatedCents: Cents };
  dso: DsoResult & { method: string };
  cei: { value: number | null; inputs: CeiInputs; formula: string };
  collection: CollectionRate;
  delays: PaymentDelays;
  aged: AgedBalance;
  evolution: AgedBalance[];
  topOverdue: OverdueDebtor[];
  promises: PromiseKeptRate;
  disputes: DisputeResolutionRate;
  relance: { source: 'relance' | 'timeline'; channels: ChannelActivity[] };
  forecast: CashForecast & { method: string };
  /** Per person: actions by their author, portfolio and results by the debtor's owner. */
  owners: OwnerResult[];
  /** Relance actions whose author matches no user of the file. */
  otherAuthors: OtherAuthors;
  byRiskClass: Record<RiskClass, Exposure>;
  /** Debtors whose open amount passes their credit limit (set by hand or suggested). */
  overCreditLimit: number;
}
