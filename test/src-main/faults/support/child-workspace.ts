import type { CalendarDate } from '../../../../src-shared/dates/calendar-date';
import { Workspace } from '../../../../src-main/workspace/workspace';

/**
 * The page cache of the children that write: so small that a transaction's
 * pages reach the file long before its commit, and a kill in the middle
 * leaves a half-written file for the rollback journal to repair.
 */
export const SMALL_CACHE_PAGES = 10;

/** The app as a child runs it: no backup on opening, no timer, and a fixed day when given. */
export function workspaceIn(dataDirectory: string, actor: string, today?: CalendarDate): Workspace {
  return new Workspace({
    dataDirectory,
    actor,
    backupOnOpen: false,
    maintenanceEveryMs: 0,
    ...(today ? { today: () => today, now: () => new Date(`${today}T10:00:00.000Z`) } : {}),
  });
}
