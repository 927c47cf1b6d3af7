import { useCallback, useState } from 'react';
import type { DashboardQueryInput } from '../../../src-shared/ipc/schemas/reporting-schemas';
import type { DrillSelector } from '../../../src-shared/reporting/drill-down';
import type { Drill } from './DrillDownDialog';
import { initialDraft, queryFromDraft } from './filter-state';

/**
 * The filters of a report screen (the bar being typed, the query applied) and the list of
 * debtors opened from a figure: the dashboard and the risk map share them.
 */
export function useReportFilters(today: string) {
  const [draft, setDraft] = useState(() => initialDraft(today));
  const [query, setQuery] = useState<DashboardQueryInput>(() => {
    const parsed = queryFromDraft(initialDraft(today), today);
    return parsed.ok ? parsed.query : {};
  });
  const [drill, setDrill] = useState<Drill | null>(null);
  const select = useCallback(
    (selector: DrillSelector, title: string) => setDrill({ selector, title }),
    [],
  );
  const closeDrill = useCallback(() => setDrill(null), []);
  return { draft, setDraft, query, setQuery, drill, select, closeDrill };
}
