import type { ContactInput, SizeClass } from '../../src-shared/domain/debtor';
import type { PaymentMethod } from '../../src-shared/domain/ledger';
import { generateAddress, type DemoAddress } from './address';
import { emailDomain, fixedPhone, mobilePhone, personMailbox } from './contact-details';
import type { DemoDebtorRecord } from './demo-types';
import { generateSiren, generateSiret, vatNumberFromSiren } from './legal-identifiers';
import { COMPANY_NAME_PATTERNS, CONTACT_ROLES, FIRST_NAMES, LAST_NAMES } from './name-parts';
import type { PaymentBehaviour } from './payment-behaviour';
import type { Random } from './random';
import { NAF_BY_SECTOR } from './reference-data';

/** Who a debtor is, who to call there, and how it usually pays. */
export interface DebtorIdentity {
  debtor: DemoDebtorRecord;
  contacts: ContactInput[];
  preferredMethod: PaymentMethod;
}

// Large accounts are all firms, so the other behaviours carry a little more than 15 % of
// private persons to keep about 15 % overall.
const PARTICULIER_SHARE = 0.163;

// A building-services firm's customers: builders and property managers first, then the rest.
const SECTOR_WEIGHTS: readonly (readonly [string, number])[] = [
  ['BTP', 20],
  ['Immobilier', 10],
  ['Services aux entreprises', 15],
  ['Commerce de gros', 8],
  ['Commerce de détail', 10],
  ['Commerce et réparation automobile', 4],
  ['Hôtellerie-restauration', 10],
  ['Transport et logistique', 7],
  ['Informatique', 5],
  ['Santé', 5],
  ['Industrie', 6],
];

const LEGAL_FORMS: Record<SizeClass, readonly (readonly [string, number])[]> = {
  micro: [
    ['SARL', 35],
    ['SAS', 20],
    ['SASU', 20],
    ['EURL', 20],
    ['SNC', 5],
  ],
  pme: [
    ['SAS', 55],
    ['SARL', 40],
    ['SA', 5],
  ],
  eti: [
    ['SAS', 60],
    ['SA', 40],
  ],
  ge: [
    ['SA', 55],
    ['SAS', 45],
  ],
};

/** The customer account used as the debtor's external reference: `C000042` for index 41. */
export function externalRefFor(index: number): string {
  return `C${String(index + 1).padStart(6, '0')}`;
}

/** A firm (about 85 %) or a private person, with identifiers, address and contacts. */
export function generateDebtorIdentity(
  random: Random,
  index: number,
  behaviour: PaymentBehaviour,
): DebtorIdentity {
  const externalRef = externalRefFor(index);
  const address = generateAddress(random);
  if (behaviour !== 'slowLargeAccount' && random.chance(PARTICULIER_SHARE)) {
    return generatePerson(random, externalRef, address);
  }
  return generateFirm(random, externalRef, address, behaviour);
}

function generateFirm(
  random: Random,
  externalRef: string,
  address: DemoAddress,
  behaviour: PaymentBehaviour,
): DebtorIdentity {
  const sizeClass: SizeClass =
    behaviour === 'slowLargeAccount'
      ? random.weighted([
          ['eti', 6],
          ['ge', 4],
        ])
      : random.weighted([
          ['micro', 62],
          ['pme', 32],
          ['eti', 5],
          ['ge', 1],
        ]);
  const sector = random.weighted(SECTOR_WEIGHTS);
  const naf = random.pick(NAF_BY_SECTOR.get(sector) ?? []);
  const name = fillPattern(
    random,
    random.pick(COMPANY_NAME_PATTERNS[sector] ?? ['{nom}']),
    address,
  );
  // Doctors and dentists practise through a société d'exercice libéral, not a plain SARL.
  const legalForm =
    sector === 'Santé' && sizeClass === 'micro'
      ? 'SELARL'
      : random.weighted(LEGAL_FORMS[sizeClass]);
  const siren = generateSiren(random);
  const domain = emailDomain(name);

  const debtor: DemoDebtorRecord = {
    kind: 'entreprise',
    name,
    firstName: null,
    legalForm,
    siren,
    siret: generateSiret(siren, random),
    vatNumber: vatNumberFromSiren(siren),
    nafCode: naf.code,
    sector,
    sizeClass,
    addressLine1: address.addressLine1,
    addressLine2: address.addressLine2,
    postalCode: address.postalCode,
    city: address.city,
    phone: fixedPhone(random),
    email: `${random.pick(['comptabilite', 'contact', 'factures', 'compta'])}@${domain}`,
    notes: null,
    tags: sizeClass === 'eti' || sizeClass === 'ge' ? ['grand compte'] : [],
    externalRef,
  };
  const preferredMethod = random.weighted<PaymentMethod>([
    ['virement', 70],
    ['cheque', 10],
    ['prelevement', 8],
    ['effet', 12],
  ]);
  return { debtor, contacts: generateContacts(random, sizeClass, domain), preferredMethod };
}

function generatePerson(random: Random, externalRef: string, address: DemoAddress): DebtorIdentity {
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const provider = random.pick(['courriel.example', 'messagerie.example', 'boite-mail.example']);
  const debtor: DemoDebtorRecord = {
    kind: 'particulier',
    name: lastName,
    firstName,
    legalForm: null,
    siren: null,
    siret: null,
    vatNumber: null,
    nafCode: null,
    sector: null,
    sizeClass: null,
    addressLine1: address.addressLine1,
    addressLine2: address.addressLine2,
    postalCode: address.postalCode,
    city: address.city,
    phone: random.chance(0.7) ? mobilePhone(random) : fixedPhone(random),
    email: random.chance(0.9) ? `${personMailbox(firstName, lastName)}@${provider}` : null,
    notes: null,
    tags: [],
    externalRef,
  };
  const preferredMethod = random.weighted<PaymentMethod>([
    ['virement', 45],
    ['cheque', 30],
    ['prelevement', 15],
    ['carte', 10],
  ]);
  return { debtor, contacts: [], preferredMethod };
}

// Bigger firms have more people to chase: none or one at a micro, two or three at a large one.
function generateContacts(random: Random, sizeClass: SizeClass, domain: string): ContactInput[] {
  const count =
    sizeClass === 'micro'
      ? random.int(0, 1)
      : sizeClass === 'pme'
        ? random.int(1, 2)
        : random.int(2, 3);
  return Array.from({ length: count }, (_, index) => {
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    return {
      name: `${firstName} ${lastName}`,
      role: random.pick(CONTACT_ROLES),
      email: `${personMailbox(firstName, lastName)}@${domain}`,
      phone: random.chance(0.5) ? mobilePhone(random) : fixedPhone(random),
      isPrimary: index === 0,
    };
  });
}

function fillPattern(random: Random, pattern: string, address: DemoAddress): string {
  return pattern
    .replace('{nom}', random.pick(LAST_NAMES))
    .replace('{prenom}', random.pick(FIRST_NAMES))
    .replace('{ville}', address.city);
}
