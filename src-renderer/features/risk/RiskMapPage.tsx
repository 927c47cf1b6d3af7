import { useMemo } from 'react';
import type { DrillSelector } from '../../../src-shared/reporting/drill-down';
import type { AppInfo } from '../../../src-shared/domain/workspace';
import type { RiskMapReport } from '../../../src-shared/reporting/risk-map-report';
import { useCall } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ChartCard } from '../dashboard/ChartCard';
import { BarChart } from '../dashboard/charts/BarChart';
import { ChartTable } from '../dashboard/charts/ChartTable';
import { seasonalityChart, sizeChart } from '../dashboard/charts/risk-map-charts';
import { DrillDownDialog } from '../dashboard/DrillDownDialog';
import { FilterBar } from '../dashboard/FilterBar';
import { PeriodLine } from '../dashboard/PeriodLine';
import { useFigureExport } from '../dashboard/use-figure-export';
import { MapCard } from './MapCard';
import { RiskMatrix } from './RiskMatrix';
import { useReportFilters } from '../dashboard/use-report-filters';

/** Cartographie du risque: where the exposure sits by class, sector, size, month and place. */
export function RiskMapPage({ today }: { today: string }) {
  const app = useCall('app:info', {});
  if (!app.data) return <p className="loading">Chargement…</p>;
  return <RiskMapScreen info={app.data} today={today} />;
}

function RiskMapScreen({ info, today }: { info: AppInfo; today: string }) {
  const { draft, setDraft, query, setQuery, drill, select, closeDrill } = useReportFilters(today);
  const report = useCall('reporting:riskMap', query);
  const { notice, exportXlsx, print } = useFigureExport(info, query);
  const data = report.data;

  return (
    <section className="page page--dashboard">
      <header className="page__header">
        <div>
          <h1>Cartographie du risque</h1>
          {data ? (
            <PeriodLine filters={data.filters} debtorCount={data.map.total.debtors} owing />
          ) : null}
        </div>
        <div className="page__actions no-print">
          <button type="button" className="button" onClick={() => void exportXlsx('cartographie')}>
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
      <ErrorBanner message={report.error} />
      {!data && !report.error ? <p className="loading">Calcul de la cartographie…</p> : null}
      {data ? (
        <RiskMapFigures report={data} onSelect={select} onExport={(f) => void exportXlsx(f)} />
      ) : null}
      {drill ? <DrillDownDialog filters={query} drill={drill} onClose={closeDrill} /> : null}
    </section>
  );
}

interface RiskMapFiguresProps {
  report: RiskMapReport;
  onSelect: (selector: DrillSelector, label: string) => void;
  onExport: (figure: string) => void;
}

function RiskMapFigures({ report, onSelect, onExport }: RiskMapFiguresProps) {
  const charts = useMemo(
    () => ({ size: sizeChart(report), seasonality: seasonalityChart(report) }),
    [report],
  );
  return (
    <div className="figures">
      <ChartCard
        title="Encours par classe de risque et secteur"
        figure="classe-secteur"
        onExport={onExport}
        note={
          'Classe de chaque débiteur à la date de fin ; montant ouvert, nombre de débiteurs et ' +
          `part échue. ${report.overCreditLimit.toLocaleString('fr-FR')} débiteur(s) au-delà ` +
          'de leur plafond de crédit.'
        }
        wide
      >
        <RiskMatrix map={report.map} onSelect={onSelect} />
      </ChartCard>
      <MapCard map={report.map} onSelect={onSelect} onExport={onExport} />
      <ChartCard
        title="Encours par taille d’entreprise"
        figure="taille"
        onExport={onExport}
        table={<ChartTable spec={charts.size} onSelect={onSelect} />}
      >
        <BarChart spec={charts.size} label="Encours par taille" onSelect={onSelect} />
      </ChartCard>
      <ChartCard
        title="Saisonnalité des retards"
        figure="saisonnalite"
        onExport={onExport}
        note={
          'Par mois d’échéance sur deux ans : montant échu et part payée plus de 7 jours ' +
          'après l’échéance ou restée impayée.'
        }
        table={<ChartTable spec={charts.seasonality} onSelect={onSelect} />}
      >
        <BarChart
          spec={charts.seasonality}
          label="Retards par mois d’échéance"
          onSelect={onSelect}
        />
      </ChartCard>
    </div>
  );
}
