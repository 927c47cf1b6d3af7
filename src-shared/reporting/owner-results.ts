import type { CalendarDate } from '../dates/calendar-date';
import type { AppUser } from '../domain/app-user';
import type { PromiseStatus } from '../domain/promise-to-pay';
import type { Cents } from '../money/cents';
import { RELANCE_CHANNELS, type RelanceChannel } from '../relance/relance-channel';
import { relanceActivity } from './relance-activity';
import type { DebtorLedger } from './report-ledger';

/** What one person in charge did on their debtors over a period, and what came of it. */
export interface OwnerResult {
  /** Null for the debtors nobody is in charge of. */
  userId: number | null;
  name: string;
  debtors: number;
  openCents: Cents;
  overdueCents: Cents;
  actions: number;
  actionsByChannel: Record<RelanceChannel, number>;
  /** Everything their debtors paid during the period. */
  collectedCents: Cents;
  /** The part paid within 30 days after a relance (see relanceActivity). */
  recoveredAfterRelanceCents: Cents;
  promisesKept: number;
  promisesBroken: number;
}

/**
 * Activity and results by person in charge (the debtor's owner) between `from` and `to`,
 * the people with debtors first by name, then « Non attribué ».
 */
export function ownerResults(
  ledgers: readonly DebtorLedger[],
  users: readonly AppUser[],
  exposure: ReadonlyMap<number, { openCents: Cents; overdueCents: Cents }>,
  promiseStatuses: ReadonlyMap<number, PromiseStatus>,
  from: CalendarDate,
  to: CalendarDate,
): OwnerResult[] {
  const groups = new Map<number | null, DebtorLedger[]>();
  for (const ledger of ledgers) {
    const owner = ledger.debtor.ownerUserId;
    const group = groups.get(owner);
    if (group) group.push(ledger);
    else groups.set(owner, [ledger]);
  }
  const names = new Map(users.map((user) => [user.id, user.name]));
  const results: OwnerResult[] = [];
  for (const [userId, own] of groups) {
    const actions = own.flatMap((ledger) => ledger.relanceActions);
    const payments = own.flatMap((ledger) => ledger.payments);
    const activity = relanceActivity(actions, payments, from, to);
    const result: OwnerResult = {
      userId,
      name: userId === null ? 'Non attribué' : (names.get(userId) ?? `Utilisateur ${userId}`),
      debtors: own.length,
      openCents: 0,
      overdueCents: 0,
      actions: activity.reduce((sum, channel) => sum + channel.actions, 0),
      actionsByChannel: Object.fromEntries(
        RELANCE_CHANNELS.map((channel) => [
          channel,
          activity.find((entry) => entry.channel === channel)?.actions ?? 0,
        ]),
      ) as Record<RelanceChannel, number>,
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
    results.push(result);
  }
  return results.sort(
    (a, b) =>
      Number(a.userId === null) - Number(b.userId === null) || a.name.localeCompare(b.name, 'fr'),
  );
}
