import { ADDRESS_COMPLEMENTS, STREET_NAMES, STREET_TYPES } from './name-parts';
import type { Random } from './random';
import { COMMUNES_BY_DEPARTEMENT, type IdfCommune } from './reference-data';

/** A postal address in Île-de-France, split as the debtor form holds it. */
export interface DemoAddress {
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  departement: string;
  inseeCode: string;
}

// Roughly where Île-de-France firms are: Paris first, then the inner ring (92, 93, 94).
const DEPARTEMENT_WEIGHTS: readonly (readonly [string, number])[] = [
  ['75', 30],
  ['92', 17],
  ['93', 12],
  ['94', 12],
  ['78', 8],
  ['91', 7],
  ['95', 7],
  ['77', 7],
];

/** A commune drawn with Paris and the inner suburbs more likely, from the given départements. */
export function pickCommune(
  random: Random,
  departements: readonly string[] | null = null,
): IdfCommune {
  const weights = departements
    ? DEPARTEMENT_WEIGHTS.filter(([code]) => departements.includes(code))
    : DEPARTEMENT_WEIGHTS;
  const departement = random.weighted(weights);
  return random.pick(COMMUNES_BY_DEPARTEMENT.get(departement) ?? []);
}

/** A street address in a commune drawn by `pickCommune`. */
export function generateAddress(
  random: Random,
  departements: readonly string[] | null = null,
): DemoAddress {
  const commune = pickCommune(random, departements);
  const number = random.chance(0.08) ? `${random.int(1, 80)} bis` : String(random.int(1, 180));
  const street = `${random.weighted(STREET_TYPES)} ${random.pick(STREET_NAMES)}`;
  return {
    addressLine1: `${number} ${street}`,
    addressLine2: random.chance(0.15) ? random.pick(ADDRESS_COMPLEMENTS) : null,
    postalCode: commune.postalCode,
    city: commune.name,
    departement: commune.departement,
    inseeCode: commune.inseeCode,
  };
}
