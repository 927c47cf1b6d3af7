import type { AppInfo } from '../../../src-shared/domain/workspace';
import { useCall } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DashboardFigures } from './DashboardFigures';
import { DrillDownDialog } from './DrillDownDialog';
import { FilterBar } from './FilterBar';
import { KpiCards } from './KpiCards';
import { PeriodLine } from './PeriodLine';
import { useFigureExport } from './use-figure-export';
import { useReportFilters } from './use-report-filters';

/** Tableau de bord: where the money is stuck and whether the collection effort works. */
export function DashboardPage({ today }: { today: string }) {
  const app = useCall('app:info', {});
  if (!app.data) return <p className="loading">Chargement…</p>;
  return <Dashboard info={app.data} today={today} />;
}

function Dashboard({ info, today }: { info: AppInfo; today: string }) {
  const { draft, setDraft, query, setQuery, drill, select, closeDrill } = useReportFilters(today);
  const dashboard = useCall('reporting:dashboard', query);
  const { notice, exportXlsx, print } = useFigureExport(info, query);
  const data = dashboard.data;

  return (
    <section className="page page--dashboard">
      <header className="page__header">
        <div>
          <h1>Tableau de bord</h1>
          {data ? <PeriodLine filters={data.filters} debtorCount={data.debtorCount} /> : null}
        </div>
        <div className="page__actions no-print">
          <button
            type="button"
            className="button"
            onClick={() => void exportXlsx('tableau-de-bord')}
          >
            Tout exporter (XLSX)
          </button>
          <button type="button" className="button" onClick={() => void print()}>
            {info.shell === 'electron' ? 'Enregistrer en PDF' : 'Imprimer / PDF'}
          </button>
        </div>
      </header>
      <FilterBar draft={draft} onDraftChange={setDraft} onApply={setQuery} today={today} />
      {notice ? (
        <div className={`banner banner--${notice.kind} no-print`} role="status">
          {notice.message}
        </div>
      ) : null}
      <ErrorBanner message={dashboard.error} />
      {!data && !dashboard.error ? <p className="loading">Calcul des chiffres…</p> : null}
      {data ? (
        <div className={dashboard.loading ? 'dashboard dashboard--stale' : 'dashboard'}>
          <KpiCards dashboard={data} onSelect={select} />
          <DashboardFigures
            dashboard={data}
            onSelect={select}
            onExport={(f) => void exportXlsx(f)}
          />
        </div>
      ) : null}
      {drill ? <DrillDownDialog filters={query} drill={drill} onClose={closeDrill} /> : null}
    </section>
  );
}
