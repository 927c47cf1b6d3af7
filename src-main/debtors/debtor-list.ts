import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { DebtorListRow } from '../../src-shared/domain/debtor';
import type { DebtorFacets, DebtorListPage } from '../../src-shared/domain/debtor-file';
import type { DebtorListQuery } from '../../src-shared/ipc/schemas/debtor-schemas';
import { searchQueryForms } from '../../src-shared/text/search-key';
import type { OpenDatabase } from '../database/open-database';
import type { Queryable } from '../workspace/service-context';
import { debtorListSnapshot } from './debtor-list-snapshot';

/** A window of the debtor list, filtered and sorted, with totals over every matching row. */
export async function listDebtors(
  database: OpenDatabase,
  query: DebtorListQuery,
  today: CalendarDate,
): Promise<DebtorListPage> {
  const snapshot = await debtorListSnapshot(database, today);
  const searches = searchQueryForms(query.search);
  const found = (key: string) => searches.some((search) => key.includes(search));
  const matches = (index: number) => {
    const row = snapshot.rows[index]!;
    return (
      (query.includeArchived || !row.archived) &&
      (searches[0] === '' || found(snapshot.searchKeys[index]!)) &&
      (query.departement === null || row.departement === query.departement) &&
      (query.sector === null || row.sector === query.sector) &&
      (!query.overdueOnly || row.overdueCents > 0)
    );
  };

  const order = snapshot.orders[query.sortBy];
  const descending = query.sortDirection === 'desc';
  const page: DebtorListRow[] = [];
  let total = 0;
  let totalOpenCents = 0;
  let totalOverdueCents = 0;
  for (let position = 0; position < order.length; position += 1) {
    const index = order[descending ? order.length - 1 - position : position]!;
    if (!matches(index)) continue;
    const row = snapshot.rows[index]!;
    if (total >= query.offset && page.length < query.limit) page.push(row);
    total += 1;
    totalOpenCents += row.openCents;
    totalOverdueCents += row.overdueCents;
  }
  return { total, totalOpenCents, totalOverdueCents, rows: page };
}

/** The départements and sectors present among active debtors, for the list's filters. */
export async function debtorFacets(db: Queryable): Promise<DebtorFacets> {
  const departements = await db
    .selectFrom('debtors')
    .select('departement')
    .distinct()
    .where('archived', '=', 0)
    .where('departement', 'is not', null)
    .orderBy('departement')
    .execute();
  const sectors = await db
    .selectFrom('debtors')
    .select('sector')
    .distinct()
    .where('archived', '=', 0)
    .where('sector', 'is not', null)
    .orderBy('sector')
    .execute();
  return {
    departements: departements.map((row) => row.departement as string),
    sectors: sectors.map((row) => row.sector as string),
  };
}
