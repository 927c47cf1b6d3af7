import type { PaymentHistory } from './payment-history';

/** Share of invoices paid late, by sector and for the whole file. */
export interface SectorLateRates {
  bySector: Map<string, number>;
  /** For debtors whose sector is not known; null while no invoice has fallen due. */
  file: number | null;
}

/**
 * Each sector's late-payment rate in the file: its debtors' late invoices over their invoices
 * fallen due or settled. It tells how the trade pays, whoever the debtor is.
 */
export function sectorLateRates(
  histories: Iterable<{ sector: string | null; history: PaymentHistory }>,
): SectorLateRates {
  const tallies = new Map<string, { observed: number; late: number }>();
  let observed = 0;
  let late = 0;
  for (const { sector, history } of histories) {
    observed += history.invoices.observed;
    late += history.invoices.late;
    if (sector === null) continue;
    const tally = tallies.get(sector) ?? { observed: 0, late: 0 };
    tally.observed += history.invoices.observed;
    tally.late += history.invoices.late;
    tallies.set(sector, tally);
  }
  const bySector = new Map<string, number>();
  for (const [sector, tally] of tallies) {
    if (tally.observed > 0) bySector.set(sector, tally.late / tally.observed);
  }
  return { bySector, file: observed > 0 ? late / observed : null };
}

/** The rate that applies to a debtor: its sector's, or the file's when unknown. */
export function lateRateFor(rates: SectorLateRates, sector: string | null): number | null {
  if (sector !== null) {
    const own = rates.bySector.get(sector);
    if (own !== undefined) return own;
  }
  return rates.file;
}
