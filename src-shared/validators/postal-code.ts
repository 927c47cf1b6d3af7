/** A département: its INSEE code (`75`, `2A`, `971`) and its name. */
export interface Departement {
  code: string;
  name: string;
}

const POSTAL_CODE = /^\d{5}$/;
// Postal codes of Corse-du-Sud run up to 20199; Haute-Corse starts at 20200.
const FIRST_HAUTE_CORSE = 20200;

/** The eight départements of Île-de-France, in code order. */
export const ILE_DE_FRANCE_DEPARTEMENTS: readonly Departement[] = [
  { code: '75', name: 'Paris' },
  { code: '77', name: 'Seine-et-Marne' },
  { code: '78', name: 'Yvelines' },
  { code: '91', name: 'Essonne' },
  { code: '92', name: 'Hauts-de-Seine' },
  { code: '93', name: 'Seine-Saint-Denis' },
  { code: '94', name: 'Val-de-Marne' },
  { code: '95', name: "Val-d'Oise" },
];

// The 96 metropolitan départements and the 5 overseas ones (DROM). Overseas collectivités such
// as Saint-Pierre-et-Miquelon (975) or Nouvelle-Calédonie (988) are not départements: no entry.
const DEPARTEMENT_NAMES: Readonly<Record<string, string>> = {
  '01': 'Ain',
  '02': 'Aisne',
  '03': 'Allier',
  '04': 'Alpes-de-Haute-Provence',
  '05': 'Hautes-Alpes',
  '06': 'Alpes-Maritimes',
  '07': 'Ardèche',
  '08': 'Ardennes',
  '09': 'Ariège',
  '10': 'Aube',
  '11': 'Aude',
  '12': 'Aveyron',
  '13': 'Bouches-du-Rhône',
  '14': 'Calvados',
  '15': 'Cantal',
  '16': 'Charente',
  '17': 'Charente-Maritime',
  '18': 'Cher',
  '19': 'Corrèze',
  '2A': 'Corse-du-Sud',
  '2B': 'Haute-Corse',
  '21': "Côte-d'Or",
  '22': "Côtes-d'Armor",
  '23': 'Creuse',
  '24': 'Dordogne',
  '25': 'Doubs',
  '26': 'Drôme',
  '27': 'Eure',
  '28': 'Eure-et-Loir',
  '29': 'Finistère',
  '30': 'Gard',
  '31': 'Haute-Garonne',
  '32': 'Gers',
  '33': 'Gironde',
  '34': 'Hérault',
  '35': 'Ille-et-Vilaine',
  '36': 'Indre',
  '37': 'Indre-et-Loire',
  '38': 'Isère',
  '39': 'Jura',
  '40': 'Landes',
  '41': 'Loir-et-Cher',
  '42': 'Loire',
  '43': 'Haute-Loire',
  '44': 'Loire-Atlantique',
  '45': 'Loiret',
  '46': 'Lot',
  '47': 'Lot-et-Garonne',
  '48': 'Lozère',
  '49': 'Maine-et-Loire',
  '50': 'Manche',
  '51': 'Marne',
  '52': 'Haute-Marne',
  '53': 'Mayenne',
  '54': 'Meurthe-et-Moselle',
  '55': 'Meuse',
  '56': 'Morbihan',
  '57': 'Moselle',
  '58': 'Nièvre',
  '59': 'Nord',
  '60': 'Oise',
  '61': 'Orne',
  '62': 'Pas-de-Calais',
  '63': 'Puy-de-Dôme',
  '64': 'Pyrénées-Atlantiques',
  '65': 'Hautes-Pyrénées',
  '66': 'Pyrénées-Orientales',
  '67': 'Bas-Rhin',
  '68': 'Haut-Rhin',
  '69': 'Rhône',
  '70': 'Haute-Saône',
  '71': 'Saône-et-Loire',
  '72': 'Sarthe',
  '73': 'Savoie',
  '74': 'Haute-Savoie',
  '75': 'Paris',
  '76': 'Seine-Maritime',
  '77': 'Seine-et-Marne',
  '78': 'Yvelines',
  '79': 'Deux-Sèvres',
  '80': 'Somme',
  '81': 'Tarn',
  '82': 'Tarn-et-Garonne',
  '83': 'Var',
  '84': 'Vaucluse',
  '85': 'Vendée',
  '86': 'Vienne',
  '87': 'Haute-Vienne',
  '88': 'Vosges',
  '89': 'Yonne',
  '90': 'Territoire de Belfort',
  '91': 'Essonne',
  '92': 'Hauts-de-Seine',
  '93': 'Seine-Saint-Denis',
  '94': 'Val-de-Marne',
  '95': "Val-d'Oise",
  '971': 'Guadeloupe',
  '972': 'Martinique',
  '973': 'Guyane',
  '974': 'La Réunion',
  '976': 'Mayotte',
};

/** True for a French postal code: five digits whose first two exist (spaces around ignored). */
export function isValidFrenchPostalCode(text: string): boolean {
  const code = text.trim();
  return POSTAL_CODE.test(code) && postalPrefixExists(code.slice(0, 2));
}

/**
 * True when a postal code may start with these two digits: 01 to 95 in metropolitan France (20
 * in Corsica), 97 overseas, 98 for Monaco and the Pacific. 00, 96 and 99 are never given to an
 * address (99 only sorts mail abroad).
 */
export function postalPrefixExists(prefix: string): boolean {
  const value = Number(prefix);
  return /^\d{2}$/.test(prefix) && ((value >= 1 && value <= 95) || value === 97 || value === 98);
}

/**
 * The département a postal code belongs to (`75011` → `75`, `20090` → `2A`, `97110` → `971`),
 * or null for an invalid code. Mail is sorted by département, so this is right for nearly every
 * commune; a handful near a border are served from the neighbouring département's office.
 */
export function departementFromPostalCode(text: string): string | null {
  if (!isValidFrenchPostalCode(text)) return null;

  const code = text.trim();
  if (code.startsWith('20')) return Number(code) < FIRST_HAUTE_CORSE ? '2A' : '2B';
  // Overseas codes take a third digit: 971 Guadeloupe, 974 La Réunion, 988 Nouvelle-Calédonie.
  if (code.startsWith('97') || code.startsWith('98')) return code.slice(0, 3);
  return code.slice(0, 2);
}

/** The name of a département from its code (`93` → `Seine-Saint-Denis`), or null if unknown. */
export function departementName(code: string): string | null {
  return DEPARTEMENT_NAMES[code.trim().toUpperCase()] ?? null;
}
