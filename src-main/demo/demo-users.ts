import { personMailbox } from './contact-details';
import type { DemoCreditor, DemoDebtorRecord } from './demo-types';
import { FIRST_NAMES, LAST_NAMES } from './name-parts';
import { createRandom, deriveSeed } from './random';

/** A person of the creditor firm who uses the app and is in charge of some debtors. */
export interface DemoUser {
  name: string;
  email: string;
  /** Working days since they last went through their agenda: what fell due since is waiting. */
  backlogDays: number;
}

const USERS_STREAM = 0x05e75;

// The portfolio is split as a small credit team would: the head of collection keeps the large
// accounts, one colleague the customers of Paris and the Hauts-de-Seine, the other the rest of
// the region.
const HEAD = 0;
const INNER_WEST = 1;
const OTHERS = 2;

// The day the file opens, the head did the agenda yesterday, one colleague three working days
// ago and the other is back from two weeks off: today's agenda holds what they left waiting.
const BACKLOG_DAYS = [1, 3, 10];

/**
 * The three users of the demo company: the creditor's contact (who signs the letters) and two
 * colleagues, with addresses on the creditor's mail domain.
 */
export function generateDemoUsers(seed: number, creditor: DemoCreditor): DemoUser[] {
  const random = createRandom(deriveSeed(seed, USERS_STREAM));
  const domain = creditor.email.slice(creditor.email.indexOf('@') + 1);
  const names = [creditor.contactName];
  while (names.length < 3) {
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    const name = `${firstName} ${lastName}`;
    const taken = names.some((other) => other === name || other.endsWith(` ${lastName}`));
    if (!taken) names.push(name);
  }
  return names.map((name, index) => {
    const [firstName = '', ...rest] = name.split(' ');
    return {
      name,
      email: `${personMailbox(firstName, rest.join(' '))}@${domain}`,
      backlogDays: BACKLOG_DAYS[index] ?? 1,
    };
  });
}

/** The index, in `generateDemoUsers`, of the person in charge of a debtor. */
export function ownerIndexOf(debtor: DemoDebtorRecord): number {
  if (debtor.sizeClass === 'eti' || debtor.sizeClass === 'ge') return HEAD;
  const departement = debtor.postalCode.slice(0, 2);
  return departement === '75' || departement === '92' ? INNER_WEST : OTHERS;
}
