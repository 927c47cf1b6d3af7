import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { registerRiskClassSource } from '../relance/risk-class-source';
import { fileRatings } from '../reporting/report-cache';
import { kyselyReader } from '../reporting/row-reader';
import { localToday } from '../workspace/local-clock';

/**
 * Plugs the risk classes into the relance engine (its agenda ranking and its assignment
 * rules on a class). The engine hands over only its kysely connection, so the classes are
 * those of `today()`: the workspace passes its own, the machine's date is the default. The
 * workspace calls this when it is built; nothing plugs it in as a side effect of an import.
 * When the dashboard or a debtor file already read the file in this state, the classes come
 * from memory.
 */
export function plugRiskClassesIntoRelance(today: () => CalendarDate = () => localToday()): void {
  registerRiskClassSource(async (db, debtorIds) => {
    const { ratings } = await fileRatings({ db, read: kyselyReader(db) }, today());
    const wanted = debtorIds === null ? [...ratings.keys()] : debtorIds;
    const classes = new Map<number, string>();
    for (const id of wanted) {
      const rating = ratings.get(id);
      if (rating) classes.set(id, rating.riskClass);
    }
    return classes;
  });
}
