import { generateAddress } from './address';
import { emailDomain, fixedPhone } from './contact-details';
import type { DemoCreditor } from './demo-types';
import { generateBankAccount } from './iban';
import { generateSiren, generateSiret, vatNumberFromSiren } from './legal-identifiers';
import { FIRST_NAMES, LAST_NAMES } from './name-parts';
import { createRandom, deriveSeed } from './random';
import { NAF_SECTORS } from './reference-data';

const CREDITOR_STREAM = 0xc0de;

// The creditor's own trade: building services, whose customers are firms and households alike.
const CREDITOR_NAF_CODES = ['43.21A', '43.22A', '43.22B', '43.34Z'];
const TRADE_WORDS: Record<string, string> = {
  '43.21A': 'Électricité',
  '43.22A': 'Plomberie',
  '43.22B': 'Thermique',
  '43.34Z': 'Peinture',
};

// Where the creditor's RCS registration is kept: the greffe of the tribunal de commerce of its
// département. Seine-et-Marne has two (Meaux, Melun), so the creditor is never placed there.
const RCS_CITY_BY_DEPARTEMENT: Record<string, string> = {
  '75': 'Paris',
  '78': 'Versailles',
  '91': 'Évry',
  '92': 'Nanterre',
  '93': 'Bobigny',
  '94': 'Créteil',
  '95': 'Pontoise',
};

/** The firm whose receivables the demo holds: a building-services SAS or SARL in Île-de-France. */
export function generateDemoCreditor(seed: number): DemoCreditor {
  const random = createRandom(deriveSeed(seed, CREDITOR_STREAM));
  const nafCode = random.pick(CREDITOR_NAF_CODES);
  const naf = NAF_SECTORS.find((entry) => entry.code === nafCode);
  if (!naf) throw new Error('demo: a creditor NAF code is missing from naf-sectors.json');

  const founder = random.pick(LAST_NAMES);
  const legalName = `${founder} ${TRADE_WORDS[naf.code] ?? 'Services'} Île-de-France`;
  const legalForm = random.chance(0.6) ? 'SAS' : 'SARL';
  const address = generateAddress(random, Object.keys(RCS_CITY_BY_DEPARTEMENT));
  const siren = generateSiren(random);
  const bank = generateBankAccount(random);
  const contactFirstName = random.pick(FIRST_NAMES);
  const contactLastName = random.pick(LAST_NAMES);
  const domain = emailDomain(legalName);

  return {
    legalName,
    legalForm,
    shareCapitalCents: random.pick([1_000, 5_000, 10_000, 20_000, 50_000, 100_000]) * 100,
    siren,
    siret: generateSiret(siren, random),
    vatNumber: vatNumberFromSiren(siren),
    nafCode: naf.code,
    sector: naf.sector,
    rcsCity: RCS_CITY_BY_DEPARTEMENT[address.departement] ?? 'Paris',
    addressLine1: address.addressLine1,
    addressLine2: address.addressLine2,
    postalCode: address.postalCode,
    city: address.city,
    iban: bank.iban,
    bic: bank.bic,
    contactName: `${contactFirstName} ${contactLastName}`,
    contactRole: 'Responsable du recouvrement',
    email: `recouvrement@${domain}`,
    phone: fixedPhone(random),
  };
}
