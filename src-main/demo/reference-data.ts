// Imported rather than read from disk at run time, so the tables travel inside the bundle.
import communesFile from '../../assets/geo/idf-communes.json' with { type: 'json' };
import nafFile from '../../assets/geo/naf-sectors.json' with { type: 'json' };

/** A commune of Île-de-France with its main postal code and INSEE code. */
export interface IdfCommune {
  name: string;
  postalCode: string;
  inseeCode: string;
  departement: string;
}

/** A NAF rév. 2 sous-classe and the sector Recouvra groups it under. */
export interface NafSector {
  code: string;
  label: string;
  sector: string;
}

/** The hand-checked communes of assets/geo/idf-communes.json. */
export const IDF_COMMUNES: readonly IdfCommune[] = communesFile.communes;

/** The NAF sous-classes of assets/geo/naf-sectors.json. */
export const NAF_SECTORS: readonly NafSector[] = nafFile.sectors;

/** The communes of each département, keyed by its code (`75`, `77`, …). */
export const COMMUNES_BY_DEPARTEMENT: ReadonlyMap<string, readonly IdfCommune[]> = groupBy(
  IDF_COMMUNES,
  (commune) => commune.departement,
);

/** The NAF sous-classes of each sector, keyed by the sector label. */
export const NAF_BY_SECTOR: ReadonlyMap<string, readonly NafSector[]> = groupBy(
  NAF_SECTORS,
  (naf) => naf.sector,
);

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
