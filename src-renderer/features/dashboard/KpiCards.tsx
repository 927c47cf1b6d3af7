import type { Dashboard } from '../../../src-shared/reporting/dashboard-types';
import type { DrillSelector } from '../../../src-shared/reporting/drill-down';
import { Money } from '../../components/Money';
import { percentLabel } from './charts/chart-format';

const days = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

function daysLabel(value: number | null): string {
  return value === null ? '—' : `${days.format(value)} jours`;
}

interface KpiCardsProps {
  dashboard: Dashboard;
  onSelect: (selector: DrillSelector, label: string) => void;
}

type Total = Extract<DrillSelector, { kind: 'total' }>['figure'];

/** The headline amounts (each opening its debtors) and the collection indicators. */
export function KpiCards({ dashboard, onSelect }: KpiCardsProps) {
  const { totals, dso, cei, collection, delays, promises, disputes } = dashboard;
  const amount = (figure: Total, label: string, cents: number | null, testId: string) => (
    <button
      type="button"
      className="stat stat--button"
      onClick={() => onSelect({ kind: 'total', figure }, label)}
      disabled={cents === null}
    >
      <span className="stat__label">{label}</span>
      <strong data-testid={testId}>
        {cents === null ? 'Indisponible' : <Money cents={cents} />}
      </strong>
      {cents === null ? (
        <span className="stat__note">Ce dossier ne suit pas encore de procédure judiciaire.</span>
      ) : null}
    </button>
  );
  return (
    <>
      <div className="cards" aria-label="Montants">
        {amount('outstanding', 'Encours', totals.outstandingCents, 'kpi-outstanding')}
        {amount('overdue', 'Échu', totals.overdueCents, 'kpi-overdue')}
        {amount('disputed', 'En litige', totals.disputedCents, 'kpi-disputed')}
        {amount('legal', 'En procédure', totals.legalCents, 'kpi-legal')}
      </div>
      <div className="cards kpis" aria-label="Indicateurs">
        <div className="stat" title={dso.method}>
          <span className="stat__label">DSO</span>
          <strong data-testid="kpi-dso">{daysLabel(dso.days)}</strong>
          <span className="stat__note">
            Méthode par épuisement du CA{dso.capped ? ' (au moins : deux ans de CA épuisés)' : ''}
          </span>
        </div>
        <div className="stat" title={cei.formula}>
          <span className="stat__label">CEI</span>
          <strong data-testid="kpi-cei">
            {cei.value === null ? '—' : `${days.format(cei.value)} %`}
          </strong>
          <span className="stat__note">Efficacité du recouvrement sur la période</span>
        </div>
        <div className="stat">
          <span className="stat__label">Taux de recouvrement</span>
          <strong data-testid="kpi-collection">{percentLabel(collection.rate)}</strong>
          <span className="stat__note">Des factures échues sur la période, réglé à sa fin</span>
        </div>
        <div className="stat">
          <span className="stat__label">Délai moyen de paiement</span>
          <strong data-testid="kpi-days-to-pay">{daysLabel(delays.averageDaysToPay)}</strong>
          <span className="stat__note">De la facture au règlement, pondéré par les montants</span>
        </div>
        <div className="stat">
          <span className="stat__label">Retard moyen</span>
          <strong data-testid="kpi-days-late">{daysLabel(delays.averageDaysLate)}</strong>
          <span className="stat__note">Après l’échéance, règlements de la période</span>
        </div>
        <div className="stat">
          <span className="stat__label">Promesses tenues</span>
          <strong data-testid="kpi-promises">{percentLabel(promises.rate)}</strong>
          <span className="stat__note">
            {promises.kept + promises.broken === 0
              ? 'Aucune promesse échue sur la période'
              : `${promises.kept} sur ${promises.kept + promises.broken} échues sur la période`}
          </span>
        </div>
        <div className="stat">
          <span className="stat__label">Litiges résolus sous 30 jours</span>
          <strong data-testid="kpi-disputes">{percentLabel(disputes.rate)}</strong>
          <span className="stat__note">
            {disputes.judged === 0
              ? 'Aucun litige à juger sur la période'
              : `${disputes.resolved} sur ${disputes.judged} ouverts sur la période` +
                (disputes.pending > 0 ? `, ${disputes.pending} en cours` : '')}
          </span>
        </div>
        <button
          type="button"
          className="stat stat--button"
          onClick={() => onSelect({ kind: 'total', figure: 'overLimit' }, 'Au-delà du plafond')}
        >
          <span className="stat__label">Au-delà du plafond de crédit</span>
          <strong data-testid="kpi-over-limit">
            {dashboard.overCreditLimit.toLocaleString('fr-FR')} débiteur
            {dashboard.overCreditLimit > 1 ? 's' : ''}
          </strong>
          <span className="stat__note">Plafond saisi, sinon suggéré par la classe</span>
        </button>
      </div>
    </>
  );
}
