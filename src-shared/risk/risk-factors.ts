import { daysBetween } from '../dates/calendar-date';
import { formatEuros } from '../money/format-amount';
import {
  averageDaysLate,
  averageDaysOverdue,
  LATE_TOLERANCE_DAYS,
  type LateCount,
  type PaymentHistory,
} from './payment-history';

/** The factors of the risk score, in the order the debtor file shows them. */
export type RiskFactorKey =
  | 'lateHistory'
  | 'lateShare'
  | 'overdueNow'
  | 'trend'
  | 'disputes'
  | 'brokenPromises'
  | 'relationship'
  | 'sector';

/** What the score is computed from, besides the ledger's history. */
export interface RiskInputs {
  history: PaymentHistory;
  /** Disputes opened in the last 24 months, and those still open. */
  disputesLast24Months: number;
  openDisputes: number;
  brokenPromisesLast12Months: number;
  sector: string | null;
  /** Share of the sector's invoices paid late in the file (the whole file's when unknown). */
  sectorLateRate: number | null;
}

/** One factor's contribution to the score, with the sentence that explains it. */
export interface RiskFactor {
  key: RiskFactorKey;
  label: string;
  detail: string;
  /** Points added to the score (negative when the factor improves it). */
  points: number;
  maxPoints: number;
}

/** Each factor's range of points: together they make a score from 0 to 100. */
export const RISK_FACTOR_WEIGHTS: Record<
  RiskFactorKey,
  { label: string; max: number; min: number }
> = {
  lateHistory: { label: 'Retards passés (pondérés par les montants)', max: 25, min: 0 },
  lateShare: { label: 'Part des factures payées en retard', max: 15, min: 0 },
  overdueNow: { label: 'Échu aujourd’hui', max: 20, min: 0 },
  trend: { label: 'Tendance des derniers mois', max: 10, min: -5 },
  disputes: { label: 'Litiges', max: 10, min: 0 },
  brokenPromises: { label: 'Promesses non tenues', max: 10, min: 0 },
  relationship: { label: 'Ancienneté de la relation', max: 5, min: 0 },
  sector: { label: 'Retards du secteur dans le dossier', max: 5, min: 0 },
};

export const RISK_FACTOR_KEYS = Object.keys(RISK_FACTOR_WEIGHTS) as RiskFactorKey[];

// Days late (on average) at which the history factor reaches its maximum.
const FULL_LATENESS_DAYS = 60;
// Average age of the overdue amount at which the overdue factor reaches its maximum.
const FULL_OVERDUE_DAYS = 90;

function share(tally: LateCount): number {
  return tally.observed > 0 ? tally.late / tally.observed : 0;
}

function relationshipMonths(history: PaymentHistory): number | null {
  if (history.firstInvoiceDate === null) return null;
  return Math.floor(daysBetween(history.firstInvoiceDate, history.asOf) / 30.4);
}

function hasTrend(history: PaymentHistory): boolean {
  return history.recent.observed >= 2 && history.previous.observed >= 2;
}

function capped(key: RiskFactorKey, value: number): number {
  const { max, min } = RISK_FACTOR_WEIGHTS[key];
  return Math.round(Math.min(max, Math.max(min, value)) * 10) / 10;
}

/** Each factor's points, to one decimal, within its range. */
export function riskFactorPoints(inputs: RiskInputs): Record<RiskFactorKey, number> {
  const { history } = inputs;
  const daysLate = averageDaysLate(history);
  const daysOverdue = averageDaysOverdue(history);
  const overdueShare = history.openCents > 0 ? history.overdueCents / history.openCents : 0;
  const months = relationshipMonths(history);
  return {
    lateHistory: capped(
      'lateHistory',
      daysLate === null ? 0 : (25 * daysLate) / FULL_LATENESS_DAYS,
    ),
    lateShare: capped('lateShare', 15 * share(history.invoices)),
    overdueNow: capped(
      'overdueNow',
      daysOverdue === null
        ? 0
        : 20 * Math.min(1, daysOverdue / FULL_OVERDUE_DAYS) * Math.min(1, 2 * overdueShare),
    ),
    trend: capped(
      'trend',
      hasTrend(history) ? 20 * (share(history.recent) - share(history.previous)) : 0,
    ),
    disputes: capped('disputes', 3 * inputs.disputesLast24Months + 2 * inputs.openDisputes),
    brokenPromises: capped('brokenPromises', 5 * inputs.brokenPromisesLast12Months),
    relationship: capped(
      'relationship',
      months === null || months < 6 ? 5 : months < 12 ? 3 : months < 24 ? 1 : 0,
    ),
    sector: capped('sector', 5 * (inputs.sectorLateRate ?? 0)),
  };
}

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

function plural(count: number, word: string): string {
  return `${count} ${word}${count > 1 ? 's' : ''}`;
}

function details(inputs: RiskInputs): Record<RiskFactorKey, string> {
  const { history } = inputs;
  const daysLate = averageDaysLate(history);
  const daysOverdue = averageDaysOverdue(history);
  const overdueShare = history.openCents > 0 ? history.overdueCents / history.openCents : 0;
  const months = relationshipMonths(history);
  const late = history.invoices.late;
  const disputes = inputs.disputesLast24Months;
  const broken = inputs.brokenPromisesLast12Months;
  const whose = inputs.sector
    ? `du secteur « ${inputs.sector} »`
    : 'du dossier (secteur non renseigné)';
  return {
    lateHistory:
      daysLate === null
        ? 'Aucun règlement reçu.'
        : `Retard moyen de ${decimal.format(daysLate)} jours après l’échéance sur ` +
          `${formatEuros(history.paidCents)} réglés.`,
    lateShare:
      history.invoices.observed === 0
        ? 'Aucune facture arrivée à échéance.'
        : `${plural(late, 'facture')} sur ${history.invoices.observed} ` +
          `payée${late > 1 ? 's' : ''} plus de ${LATE_TOLERANCE_DAYS} jours après l’échéance ` +
          `ou encore impayée${late > 1 ? 's' : ''}.`,
    overdueNow:
      daysOverdue === null
        ? 'Rien d’échu aujourd’hui.'
        : `${formatEuros(history.overdueCents)} échus depuis ${decimal.format(daysOverdue)} ` +
          `jours en moyenne (${percent.format(overdueShare)} de l’encours).`,
    trend: hasTrend(history)
      ? `Factures en retard : ${percent.format(share(history.recent))} sur les 6 derniers mois ` +
        `contre ${percent.format(share(history.previous))} sur les 12 mois précédents.`
      : 'Pas assez de factures récentes pour dégager une tendance.',
    disputes:
      disputes === 0 && inputs.openDisputes === 0
        ? 'Aucun litige sur les 24 derniers mois.'
        : `${plural(disputes, 'litige')} sur 24 mois, ` +
          `${inputs.openDisputes} encore ouvert${inputs.openDisputes > 1 ? 's' : ''}.`,
    brokenPromises:
      broken === 0
        ? 'Aucune promesse de paiement rompue sur 12 mois.'
        : `${plural(broken, 'promesse')} de paiement non tenue${broken > 1 ? 's' : ''} ` +
          'sur 12 mois.',
    relationship:
      months === null
        ? 'Aucune facture : relation nouvelle.'
        : `Client facturé depuis ${months < 1 ? 'moins d’un mois' : `${months} mois`}.`,
    sector:
      inputs.sectorLateRate === null
        ? 'Pas encore de données de retard dans le dossier.'
        : `${percent.format(inputs.sectorLateRate)} des factures ${whose} sont payées en retard.`,
  };
}

/** Every factor of the score with its points and the French sentence behind it. */
export function riskFactors(inputs: RiskInputs): RiskFactor[] {
  const points = riskFactorPoints(inputs);
  const sentences = details(inputs);
  return RISK_FACTOR_KEYS.map((key) => ({
    key,
    label: RISK_FACTOR_WEIGHTS[key].label,
    detail: sentences[key],
    points: points[key],
    maxPoints: RISK_FACTOR_WEIGHTS[key].max,
  }));
}
