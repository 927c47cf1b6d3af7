import type { Dashboard } from '../../../src-shared/reporting/dashboard-types';
import { RISK_CLASS_THRESHOLDS as LIMITS } from '../../../src-shared/risk/risk-class';

/** How every figure of the dashboard is computed, in plain French, on the screen and on paper. */
export function MethodsCard({ dashboard }: { dashboard: Dashboard }) {
  return (
    <section className="card figure figure--wide methods" aria-label="Méthodes de calcul">
      <h2>Comment ces chiffres sont calculés</h2>
      <dl className="details">
        <dt>DSO</dt>
        <dd>{dashboard.dso.method}</dd>
        <dt>CEI</dt>
        <dd>{dashboard.cei.formula}.</dd>
        <dt>Taux de recouvrement</dt>
        <dd>
          Part du montant des factures échues sur la période (avoirs déduits) réglée à la date de
          fin.
        </dd>
        <dt>Délai moyen, retard moyen</dt>
        <dd>
          Sur les règlements reçus pendant la période : jours depuis la date de facture, et jours
          après l’échéance (un paiement en avance compte pour 0), pondérés par les montants.
        </dd>
        <dt>Promesses tenues</dt>
        <dd>
          Promesses échues sur la période et tenues à leur date ÷ promesses tenues ou rompues.
        </dd>
        <dt>Litiges sous 30 jours</dt>
        <dd>
          Litiges ouverts sur la période et clos en 30 jours au plus ÷ litiges clos ou ouverts
          depuis plus de 30 jours.
        </dd>
        <dt>Prévision</dt>
        <dd>{dashboard.forecast.method}</dd>
        <dt>Classes de risque</dt>
        <dd>
          Score de 0 à 100 (A sous {LIMITS.B}, B jusqu’à {LIMITS.C - 1}, C jusqu’à {LIMITS.D - 1}, D
          au-delà) : le détail des facteurs figure dans chaque dossier débiteur.
        </dd>
      </dl>
    </section>
  );
}
