import { useMemo } from 'react';
import type { Dashboard } from '../../../src-shared/reporting/dashboard-types';
import type { DrillSelector } from '../../../src-shared/reporting/drill-down';
import { Money } from '../../components/Money';
import { BarChart } from './charts/BarChart';
import { ChartTable } from './charts/ChartTable';
import {
  agedBalanceChart,
  agedEvolutionChart,
  forecastChart,
  relanceChart,
  riskClassChart,
} from './charts/dashboard-charts';
import { ChartCard } from './ChartCard';
import { ActionsByAuthorTable, OwnersTable, TopOverdueTable } from './DebtorTables';
import { MethodsCard } from './MethodsCard';

interface DashboardFiguresProps {
  dashboard: Dashboard;
  onSelect: (selector: DrillSelector, label: string) => void;
  onExport: (figure: string) => void;
}

/** The dashboard's charts and tables; every bar opens the debtors behind it. */
export function DashboardFigures({ dashboard, onSelect, onExport }: DashboardFiguresProps) {
  const charts = useMemo(
    () => ({
      aged: agedBalanceChart(dashboard),
      evolution: agedEvolutionChart(dashboard),
      forecast: forecastChart(dashboard),
      relance: relanceChart(dashboard),
      classes: riskClassChart(dashboard),
    }),
    [dashboard],
  );
  const { forecast } = dashboard;
  const actions = dashboard.relance.channels.reduce((sum, entry) => sum + entry.actions, 0);
  const other = (part: 'later' | 'uncertain' | 'disputed', label: string, cents: number) => (
    <button
      type="button"
      className="link-button"
      onClick={() => onSelect({ kind: 'forecastOther', part }, label)}
    >
      {label} : <Money cents={cents} />
    </button>
  );

  return (
    <div className="figures">
      <ChartCard
        title="Balance âgée"
        figure="balance-agee"
        onExport={onExport}
        note="Ce qui restait ouvert à la date de fin, par ancienneté de l’échéance."
        table={<ChartTable spec={charts.aged} onSelect={onSelect} />}
      >
        <BarChart spec={charts.aged} label="Balance âgée" onSelect={onSelect} />
      </ChartCard>
      <ChartCard
        title="Encours par classe de risque"
        figure="classes"
        onExport={onExport}
        note="Classe de chaque débiteur à la date de fin (voir la cartographie du risque)."
        table={<ChartTable spec={charts.classes} onSelect={onSelect} />}
      >
        <BarChart spec={charts.classes} label="Encours par classe" onSelect={onSelect} />
      </ChartCard>
      <ChartCard
        title="Évolution de la balance âgée"
        figure="evolution"
        onExport={onExport}
        note="Balance âgée à la fin de chacun des 12 mois précédents, puis à la date de fin."
        wide
      >
        <BarChart spec={charts.evolution} label="Évolution mois par mois" onSelect={onSelect} />
      </ChartCard>
      <ChartCard
        title="Prévision d’encaissement par semaine"
        figure="prevision"
        onExport={onExport}
        note={forecast.method}
        table={<ChartTable spec={charts.forecast} onSelect={onSelect} />}
        wide
      >
        <BarChart spec={charts.forecast} label="Prévision par semaine" onSelect={onSelect} />
        <p className="figure__extra">
          {other('later', 'Au-delà', forecast.laterCents)}
          {other('uncertain', 'Incertain', forecast.uncertainCents)}
          {other('disputed', 'En litige (non prévu)', forecast.disputedCents)}
        </p>
      </ChartCard>
      <ChartCard
        title="Activité de relance"
        figure="relances"
        onExport={onExport}
        note={
          (actions === 0 ? '' : `${actions.toLocaleString('fr-FR')} actions sur la période. `) +
          'Un règlement est attribué à la dernière relance du débiteur dans les 30 jours qui le ' +
          'précèdent.' +
          (dashboard.relance.source === 'timeline'
            ? ' Relevé dans l’historique des débiteurs.'
            : '')
        }
        table={<ChartTable spec={charts.relance} onSelect={onSelect} />}
      >
        {actions === 0 ? (
          <p className="empty">Aucune relance enregistrée sur la période.</p>
        ) : (
          <BarChart spec={charts.relance} label="Recouvré par canal" onSelect={onSelect} />
        )}
      </ChartCard>
      <ChartCard title="Plus gros retards" figure="top-retards" onExport={onExport}>
        <TopOverdueTable dashboard={dashboard} />
      </ChartCard>
      <ChartCard
        title="Activité et résultats par personne"
        figure="responsables"
        onExport={onExport}
        note={
          'Sur la période. Les actions sont comptées pour la personne qui les a faites ; ' +
          'les encours, encaissements et promesses pour le responsable du débiteur, qui peut ' +
          'être quelqu’un d’autre.'
        }
        wide
      >
        <div className="owners">
          <div>
            <h3 className="owners__title">Actions de relance, par auteur</h3>
            <ActionsByAuthorTable dashboard={dashboard} />
          </div>
          <div>
            <h3 className="owners__title">Résultats, par responsable du débiteur</h3>
            <OwnersTable dashboard={dashboard} onSelect={onSelect} />
          </div>
        </div>
      </ChartCard>
      <MethodsCard dashboard={dashboard} />
    </div>
  );
}
