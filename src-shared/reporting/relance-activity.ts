import type { CalendarDate } from '../dates/calendar-date';
import type { Cents } from '../money/cents';
import { RELANCE_CHANNELS, type RelanceChannel } from '../relance/relance-channel';
import { shiftDate } from './day-number';
import type { RelanceAction, ReportPayment } from './report-ledger';

/** Days after a relance within which a payment from the debtor is credited to it. */
export const RECOVERY_WINDOW_DAYS = 30;

/** The actions of one channel over a period and what followed them. */
export interface ChannelActivity {
  channel: RelanceChannel;
  actions: number;
  debtors: number;
  /** Payments received within 30 days after an action of this channel (its latest one). */
  recoveredCents: Cents;
}

/**
 * Relance activity by channel between `from` and `to`. A payment is credited to the latest
 * action on its debtor in the 30 days before it (the same day counts), so no payment is
 * counted twice; payments after `to` are not seen.
 */
export function relanceActivity(
  actions: readonly RelanceAction[],
  payments: readonly ReportPayment[],
  from: CalendarDate,
  to: CalendarDate,
): ChannelActivity[] {
  const inPeriod = actions.filter((action) => action.date >= from && action.date <= to);
  const byDebtor = new Map<number, RelanceAction[]>();
  for (const action of inPeriod) {
    const list = byDebtor.get(action.debtorId);
    if (list) list.push(action);
    else byDebtor.set(action.debtorId, [action]);
  }
  const recovered = new Map<RelanceChannel, Cents>();
  for (const payment of payments) {
    if (payment.date > to) continue;
    const own = byDebtor.get(payment.debtorId);
    if (!own) continue;
    const windowStart = shiftDate(payment.date, -RECOVERY_WINDOW_DAYS);
    let latest: RelanceAction | null = null;
    for (const action of own) {
      if (action.date <= payment.date && action.date >= windowStart) {
        if (latest === null || action.date >= latest.date) latest = action;
      }
    }
    if (latest) {
      recovered.set(latest.channel, (recovered.get(latest.channel) ?? 0) + payment.amountCents);
    }
  }
  return RELANCE_CHANNELS.map((channel) => {
    const own = inPeriod.filter((action) => action.channel === channel);
    return {
      channel,
      actions: own.length,
      debtors: new Set(own.map((action) => action.debtorId)).size,
      recoveredCents: recovered.get(channel) ?? 0,
    };
  });
}
