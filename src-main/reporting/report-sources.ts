import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { ReportSources } from '../../src-shared/reporting/dashboard-view';
import type { OpenDatabase } from '../database/open-database';
import { fileRatings, reportDatabase, reportSnapshot } from './report-cache';

/** The file as the reports read it, with every debtor's rating at the end of `asOf`. */
export async function reportSources(
  database: OpenDatabase,
  asOf: CalendarDate,
): Promise<ReportSources> {
  const source = reportDatabase(database);
  const snapshot = await reportSnapshot(source);
  return { ...snapshot, ratings: await fileRatings(source, asOf) };
}
