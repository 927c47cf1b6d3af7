import { sql } from 'kysely';
import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { debtorDisplayName, type DebtorListRow } from '../../src-shared/domain/debtor';
import type { DebtorFacets, DebtorListPage } from '../../src-shared/domain/debtor-file';
import type { DebtorListQuery, DebtorSortKey } from '../../src-shared/ipc/schemas/debtor-schemas';
import { toSearchKey } from '../../src-shared/text/search-key';
import { debtorTotalsSql } from '../ledger/open-amounts-sql';
import type { Queryable } from '../workspace/service-context';

// The CamelCasePlugin also renames the columns of raw queries.
interface ListRow {
  id: number;
  kind: 'entreprise' | 'particulier';
  name: string;
  firstName: string | null;
  siren: string | null;
  city: string;
  postalCode: string;
  departement: string | null;
  sector: string | null;
  archived: number;
  openCents: number;
  overdueCents: number;
  maxDaysOverdue: number;
  totalCount: number;
  totalOpenCents: number;
  totalOverdueCents: number;
}

// Sort keys map to fixed SQL expressions: nothing typed by the user reaches
// the SQL text. Ties are broken by name then id so pages never overlap.
const SORT_COLUMNS: Record<DebtorSortKey, string> = {
  name: 'd.name COLLATE NOCASE',
  city: 'd.city COLLATE NOCASE',
  departement: 'd.departement',
  sector: 'd.sector COLLATE NOCASE',
  openCents: 'open_cents',
  overdueCents: 'overdue_cents',
  maxDaysOverdue: 'max_days_overdue',
};

/** A window of the debtor list, filtered and sorted, with totals over every matching row. */
export async function listDebtors(
  db: Queryable,
  query: DebtorListQuery,
  today: CalendarDate,
): Promise<DebtorListPage> {
  const search = toSearchKey(query.search);
  const direction = query.sortDirection === 'desc' ? sql.raw('DESC') : sql.raw('ASC');
  const orderBy = sql.raw(SORT_COLUMNS[query.sortBy]);

  const result = await sql<ListRow>`
    SELECT d.id, d.kind, d.name, d.first_name, d.siren, d.city, d.postal_code,
           d.departement, d.sector, d.archived,
           COALESCE(t.open_cents, 0) AS open_cents,
           COALESCE(t.overdue_cents, 0) AS overdue_cents,
           COALESCE(t.max_days_overdue, 0) AS max_days_overdue,
           COUNT(*) OVER () AS total_count,
           SUM(COALESCE(t.open_cents, 0)) OVER () AS total_open_cents,
           SUM(COALESCE(t.overdue_cents, 0)) OVER () AS total_overdue_cents
    FROM debtors d
    LEFT JOIN (${debtorTotalsSql(today)}) t ON t.debtor_id = d.id
    WHERE (${query.includeArchived ? 1 : 0} = 1 OR d.archived = 0)
      AND (${search} = '' OR d.search_key LIKE ${`%${search}%`})
      AND (${query.departement} IS NULL OR d.departement = ${query.departement})
      AND (${query.sector} IS NULL OR d.sector = ${query.sector})
      AND (${query.overdueOnly ? 1 : 0} = 0 OR COALESCE(t.overdue_cents, 0) > 0)
    ORDER BY ${orderBy} ${direction}, d.name COLLATE NOCASE, d.id
    LIMIT ${query.limit} OFFSET ${query.offset}`.execute(db);

  const first = result.rows[0];
  if (!first && query.offset > 0) {
    // Past the last row there is no row to carry the window totals.
    const head = await listDebtors(db, { ...query, offset: 0, limit: 1 }, today);
    return { ...head, rows: [] };
  }
  return {
    total: first?.totalCount ?? 0,
    totalOpenCents: first?.totalOpenCents ?? 0,
    totalOverdueCents: first?.totalOverdueCents ?? 0,
    rows: result.rows.map(toListRow),
  };
}

function toListRow(row: ListRow): DebtorListRow {
  return {
    id: row.id,
    displayName: debtorDisplayName(row),
    kind: row.kind,
    siren: row.siren,
    city: row.city,
    postalCode: row.postalCode,
    departement: row.departement,
    sector: row.sector,
    openCents: row.openCents,
    overdueCents: row.overdueCents,
    maxDaysOverdue: row.maxDaysOverdue,
    archived: row.archived === 1,
  };
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
