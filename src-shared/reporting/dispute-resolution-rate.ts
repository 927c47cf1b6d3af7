import type { CalendarDate } from '../dates/calendar-date';
import type { Dispute } from '../domain/dispute';
import { daysFromTo } from './day-number';

/** Days within which a dispute counts as resolved quickly. */
export const QUICK_RESOLUTION_DAYS = 30;

/** Disputes opened during a period and how many were closed within 30 days. */
export interface DisputeResolutionRate {
  /** Closed within 30 days of opening, by `to`. */
  resolved: number;
  /** Disputes whose 30 days have run out, or that were closed, by `to`. */
  judged: number;
  /** Opened in the period, still open and younger than 30 days on `to`: not counted yet. */
  pending: number;
  rate: number | null;
}

/**
 * Taux de litiges résolus sous 30 jours: of the disputes opened between `from` and `to`, the
 * share closed within 30 days. A dispute still open whose 30 days have not run out is not
 * judged yet and left out.
 */
export function disputeResolutionRate(
  disputes: readonly Dispute[],
  from: CalendarDate,
  to: CalendarDate,
): DisputeResolutionRate {
  let resolved = 0;
  let judged = 0;
  let pending = 0;
  for (const dispute of disputes) {
    if (dispute.openedOn < from || dispute.openedOn > to) continue;
    const closedBy = dispute.closedOn !== null && dispute.closedOn <= to ? dispute.closedOn : null;
    const quick =
      closedBy !== null && daysFromTo(dispute.openedOn, closedBy) <= QUICK_RESOLUTION_DAYS;
    if (quick) {
      resolved += 1;
      judged += 1;
    } else if (closedBy !== null || daysFromTo(dispute.openedOn, to) > QUICK_RESOLUTION_DAYS) {
      judged += 1;
    } else {
      pending += 1;
    }
  }
  return { resolved, judged, pending, rate: judged > 0 ? resolved / judged : null };
}
