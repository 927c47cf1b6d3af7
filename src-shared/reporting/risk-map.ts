import type { CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';
import { RISK_CLASSES, type RiskClass } from '../risk/risk-class';
import type { RiskRating } from '../risk/risk-score';
import { ILE_DE_FRANCE_DEPARTEMENTS } from '../validators/postal-code';
import { parisArrondissement } from './paris-arrondissement';
import type { ReportDebtor } from './report-ledger';

/** Open and overdue amounts of a group of debtors, and how many of them owe something. */
export interface Exposure {
  openCents: Cents;
  overdueCents: Cents;
  debtors: number;
}

/** Size classes as the map groups them: private persons apart, unknown sizes apart. */
export type SizeKey = 'micro' | 'pme' | 'eti' | 'ge' | 'particulier' | 'inconnue';

export const SIZE_KEYS: readonly SizeKey[] = [
  'micro',
  'pme',
  'eti',
  'ge',
  'particulier',
  'inconnue',
];

export const SIZE_KEY_LABELS: Record<SizeKey, string> = {
  micro: 'Microentreprises',
  pme: 'PME',
  eti: 'ETI',
  ge: 'Grandes entreprises',
  particulier: 'Particuliers',
  inconnue: 'Taille non renseignée',
};

/** Départements as the map groups them: the eight of Île-de-France, then the rest. */
export type GeoKey = '75' | '77' | '78' | '91' | '92' | '93' | '94' | '95' | 'hors_idf' | 'inconnu';

export const GEO_KEYS: readonly GeoKey[] = [
  ...(ILE_DE_FRANCE_DEPARTEMENTS.map((departement) => departement.code) as GeoKey[]),
  'hors_idf',
  'inconnu',
];

/** The label of a sector key: '' stands for debtors without a sector. */
export function sectorLabel(key: string): string {
  return key === '' ? 'Sans secteur' : key;
}

/** Keys by which a debtor is placed on the map. */
export function debtorSizeKey(debtor: ReportDebtor): SizeKey {
  if (debtor.kind === 'particulier') return 'particulier';
  return debtor.sizeClass ?? 'inconnue';
}

export function debtorGeoKey(debtor: ReportDebtor): GeoKey {
  if (debtor.departement === null) return 'inconnu';
  return (GEO_KEYS as readonly string[]).includes(debtor.departement)
    ? (debtor.departement as GeoKey)
    : 'hors_idf';
}

/** The exposure of the file by risk class and sector, size, département and arrondissement. */
export interface RiskMap {
  asOf: CalendarDate;
  /** Sector keys, largest open amount first; '' for debtors without a sector. */
  sectors: string[];
  byClassAndSector: Record<RiskClass, Record<string, Exposure>>;
  byClass: Record<RiskClass, Exposure>;
  bySize: Record<SizeKey, Exposure>;
  byDepartement: Record<GeoKey, Exposure>;
  /** Paris by arrondissement, 1 to 20; `0` for Paris addresses that name none (CEDEX). */
  byArrondissement: Record<number, Exposure>;
  total: Exposure;
}

function empty(): Exposure {
  return { openCents: 0, overdueCents: 0, debtors: 0 };
}

function add(into: Exposure, amounts: { openCents: Cents; overdueCents: Cents }): void {
  into.openCents += amounts.openCents;
  into.overdueCents += amounts.overdueCents;
  into.debtors += 1;
}

/** Places every debtor that owes something in each breakdown of the risk map. */
export function riskMap(
  debtors: readonly ReportDebtor[],
  exposure: ReadonlyMap<number, { openCents: Cents; overdueCents: Cents }>,
  ratings: ReadonlyMap<number, RiskRating>,
  asOf: CalendarDate,
): RiskMap {
  const map: RiskMap = {
    asOf,
    sectors: [],
    byClassAndSector: { A: {}, B: {}, C: {}, D: {} },
    byClass: { A: empty(), B: empty(), C: empty(), D: empty() },
    bySize: Object.fromEntries(SIZE_KEYS.map((key) => [key, empty()])) as Record<SizeKey, Exposure>,
    byDepartement: Object.fromEntries(GEO_KEYS.map((key) => [key, empty()])) as Record<
      GeoKey,
      Exposure
    >,
    byArrondissement: Object.fromEntries(
      Array.from({ length: 21 }, (_, number) => [number, empty()]),
    ),
    total: empty(),
  };
  const sectorTotals = new Map<string, Cents>();
  for (const debtor of debtors) {
    const amounts = exposure.get(debtor.id);
    if (!amounts || amounts.openCents <= 0) continue;
    const riskClass = ratings.get(debtor.id)?.riskClass ?? 'B';
    const sector = debtor.sector ?? '';
    const row = map.byClassAndSector[riskClass];
    row[sector] ??= empty();
    add(row[sector], amounts);
    sectorTotals.set(sector, (sectorTotals.get(sector) ?? 0) + amounts.openCents);
    add(map.byClass[riskClass], amounts);
    add(map.bySize[debtorSizeKey(debtor)], amounts);
    const geo = debtorGeoKey(debtor);
    add(map.byDepartement[geo], amounts);
    if (geo === '75')
      add(map.byArrondissement[parisArrondissement(debtor.postalCode) ?? 0]!, amounts);
    add(map.total, amounts);
  }
  map.sectors = [...sectorTotals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr'))
    .map(([sector]) => sector);
  for (const riskClass of RISK_CLASSES) {
    for (const sector of map.sectors) map.byClassAndSector[riskClass][sector] ??= empty();
  }
  return map;
}
