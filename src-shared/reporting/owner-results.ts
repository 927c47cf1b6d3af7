import type { CalendarDate } from '../dates/calendar-date';
import type { AppUser } from '../domain/app-user';
import type { PromiseStatus } from '../domain/promise-to-pay';
import type { Cents } from '../money/cents';
import { RELANCE_CHANNELS, type RelanceChannel } from '../relance/relance-channel';
import { relanceActivity } from './relance-activity';
import type { DebtorLedger, RelanceAction } from './report-ledger';

/** Relance actions counted by channel. */
export type ChannelCounts = Record<RelanceChannel, number>;

/**
 * One person's row of « Activité et résultats par personne ». The actions are counted by
 * who did them (the relance action's author); the portfolio, the money and the promises by
 * the person in charge of the debtor (its owner). The two differ when a colleague stands in.
 */
export interface OwnerResult {
  /** Null for the debtors nobody is in charge of. */
  userId: number | null;
  name: string;
  /** Of the debtors this person is in charge of: how many, what they owe. */
  debtors: number;
  openCents: Cents;
  overdueCents: Cents;
  /** The relance actions this person did in the period, on any debtor. */
  actions: number;
  actionsByChannel: ChannelCounts;
  /** Everything this person's debtors paid during the period. */
  collectedCents: Cents;
  /** The part paid within 30 days after a relance, whoever did it (see relanceActivity). */
  recoveredAfterRelanceCents: Cents;
  /** Promises of this person's debtors falling due in the period. */
  promisesKept: number;
  promisesBroken: number;
}

/** Actions whose author is no user of the file (a name typed before users existed…). */
export interface OtherAuthors {
  names: string[];
  actions: number;
  actionsByChannel: ChannelCounts;
}

/** The rows of the per-person table, and the actions no user can be credited with. */
export interface OwnerResults {
  owners: OwnerResult[];
  otherAuthors: OtherAuthors;
}

function noActions(): ChannelCounts {
  return Object.fromEntries(RELANCE_CHANNELS.map((channel) => [channel, 0])) as ChannelCounts;
}

// Authors are stored as names; a user is matched whatever the spacing or the case.
function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');
}

function countByAuthor(
  actions: readonly RelanceAction[],
  users: readonly AppUser[],
  from: CalendarDate,
  to: CalendarDate,
): { byUser: Map<number, ChannelCounts>; other: OtherAuthors } {
  const idByName = new Map(users.map((user) => [nameKey(user.name), user.id]));
  const byUser = new Map<number, ChannelCounts>();
  const other: OtherAuthors = { names: [], actions: 0, actionsByChannel: noActions() };
  for (const action of actions) {
    if (action.date < from || action.date > to) continue;
    const userId = idByName.get(nameKey(action.actor));
    if (userId === undefined) {
      other.actions += 1;
      other.actionsByChannel[action.channel] += 1;
      if (!other.names.includes(action.actor)) other.names.push(action.actor);
      continue;
    }
    const counts = byUser.get(userId) ?? noActions();
    counts[action.channel] += 1;
    byUser.set(userId, counts);
  }
  other.names.sort((a, b) => a.localeCompare(b, 'fr'));
  return { byUser, other };
}

/**
 * Activity and results per person between `from` and `to`, over the debtors the filters
 * keep: everyone who is in charge of one of them or did a relance on one, by name, then
 * « Non attribué » for the debtors nobody is in charge of.
 */
export function ownerResults(
  ledgers: readonly DebtorLedger[],
  users: readonly AppUser[],
  exposure: ReadonlyMap<number, { openCents: Cents; overdueCents: Cents }>,
  promiseStatuses: ReadonlyMap<number, PromiseStatus>,
  from: CalendarDate,
  to: CalendarDate,
): OwnerResults {
  const portfolios = new Map<number | null, DebtorLedger[]>();
  for (const ledger of ledgers) {
    const owner = ledger.debtor.ownerUserId;
    const portfolio = portfolios.get(owner);
    if (portfolio) portfolio.push(ledger);
    else portfolios.set(owner, [ledger]);
  }
  const authors = countByAuthor(
    ledgers.flatMap((ledger) => ledger.relanceActions),
    users,
    from,
    to,
  );
  const names = new Map(users.map((user) => [user.id, user.name]));
  const people = new Set<number | null>([...portfolios.keys(), ...authors.byUser.keys()]);

  const owners = [...people].map((userId): OwnerResult => {
    const own = portfolios.get(userId) ?? [];
    const payments = own.flatMap((ledger) => ledger.payments);
    const activity = relanceActivity(
      own.flatMap((ledger) => ledger.relanceActions),
      payments,
      from,
      to,
    );
    const actionsByChannel = (userId === null ? null : authors.byUser.get(userId)) ?? noActions();
    const result: OwnerResult = {
      userId,
      name: userId === null ? 'Non attribué' : (names.get(userId) ?? `Utilisateur ${userId}`),
      debtors: own.length,
      openCents: 0,
      overdueCents: 0,
      actions: RELANCE_CHANNELS.reduce((sum, channel) => sum + actionsByChannel[channel], 0),
      actionsByChannel,
      collectedCents: payments
        .filter((payment) => payment.date >= from && payment.date <= to)
        .reduce((sum, payment) => sum + payment.amountCents, 0),
      recoveredAfterRelanceCents: activity.reduce((sum, entry) => sum + entry.recoveredCents, 0),
      promisesKept: 0,
      promisesBroken: 0,
    };
    for (const ledger of own) {
      result.openCents += exposure.get(ledger.debtor.id)?.openCents ?? 0;
      result.overdueCents += exposure.get(ledger.debtor.id)?.overdueCents ?? 0;
      for (const promise of ledger.promises) {
        if (promise.dueOn < from || promise.dueOn > to) continue;
        const status = promiseStatuses.get(promise.id);
        if (status === 'tenue') result.promisesKept += 1;
        if (status === 'rompue') result.promisesBroken += 1;
      }
    }
    return result;
  });
  owners.sort(
    (a, b) =>
      Number(a.userId === null) - Number(b.userId === null) || a.name.localeCompare(b.name, 'fr'),
  );
  return { owners, otherAuthors: authors.other };
}
