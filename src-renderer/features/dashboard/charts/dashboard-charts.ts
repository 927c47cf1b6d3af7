import { AGE_BUCKETS, AGE_BUCKET_LABELS } from '../../../../src-shared/reporting/aged-balance';
import type { Dashboard } from '../../../../src-shared/reporting/dashboard-types';
import { RELANCE_CHANNEL_LABELS } from '../../../../src-shared/relance/relance-channel';
import { RISK_CLASSES, RISK_CLASS_LABELS } from '../../../../src-shared/risk/risk-class';
import { AGE_COLOURS, dayLabel, RISK_COLOURS } from './chart-format';
import { euroBarOptions, type ChartSpec } from './chart-spec';

/** The aged balance on the period's last day: one bar per bucket. */
export function agedBalanceChart(dashboard: Dashboard): ChartSpec {
  return {
    type: 'bar',
    data: {
      labels: AGE_BUCKETS.map((bucket) => AGE_BUCKET_LABELS[bucket]),
      datasets: [
        {
          label: `Encours au ${dayLabel(dashboard.aged.asOf)}`,
          data: AGE_BUCKETS.map((bucket) => dashboard.aged.buckets[bucket]),
          backgroundColor: AGE_COLOURS,
        },
      ],
    },
    options: euroBarOptions(false, 'Balance âgée'),
    selectorAt: (_dataset, index) => {
      const bucket = AGE_BUCKETS[index];
      return bucket ? { kind: 'agedBucket', bucket, date: null } : null;
    },
  };
}

/** The aged balance at each month end, stacked by bucket. */
export function agedEvolutionChart(dashboard: Dashboard): ChartSpec {
  return {
    type: 'bar',
    data: {
      labels: dashboard.evolution.map((point) => dayLabel(point.asOf)),
      datasets: AGE_BUCKETS.map((bucket, index) => ({
        label: AGE_BUCKET_LABELS[bucket],
        data: dashboard.evolution.map((point) => point.buckets[bucket]),
        backgroundColor: AGE_COLOURS[index],
      })),
    },
    options: euroBarOptions(true, 'Évolution de la balance âgée'),
    selectorAt: (dataset, index) => {
      const bucket = AGE_BUCKETS[dataset];
      const point = dashboard.evolution[index];
      return bucket && point ? { kind: 'agedBucket', bucket, date: point.asOf } : null;
    },
  };
}

/** Expected cash-in by week, stacked by source. */
export function forecastChart(dashboard: Dashboard): ChartSpec {
  const { weeks } = dashboard.forecast;
  const series = [
    { key: 'plansCents', label: 'Échéanciers', colour: '#59a14f' },
    { key: 'promisesCents', label: 'Promesses', colour: '#76b7b2' },
    { key: 'invoicesCents', label: 'Factures (délai habituel)', colour: '#4e79a7' },
  ] as const;
  return {
    type: 'bar',
    data: {
      labels: weeks.map((week) => `Sem. du ${dayLabel(week.weekStart).slice(0, 5)}`),
      datasets: series.map((entry) => ({
        label: entry.label,
        data: weeks.map((week) => week[entry.key]),
        backgroundColor: entry.colour,
      })),
    },
    options: euroBarOptions(true, 'Prévision d’encaissement'),
    selectorAt: (_dataset, index) => {
      const week = weeks[index];
      return week ? { kind: 'forecastWeek', weekStart: week.weekStart } : null;
    },
  };
}

/** What each relance channel recovered within 30 days, with its number of actions. */
export function relanceChart(dashboard: Dashboard): ChartSpec {
  const channels = dashboard.relance.channels;
  const options = euroBarOptions(false, 'Activité de relance');
  options.plugins!.tooltip!.callbacks!.afterLabel = (item) =>
    `${channels[item.dataIndex]?.actions ?? 0} action(s)`;
  return {
    type: 'bar',
    data: {
      labels: channels.map((entry) => RELANCE_CHANNEL_LABELS[entry.channel]),
      datasets: [
        {
          label: 'Recouvré sous 30 jours',
          data: channels.map((entry) => entry.recoveredCents),
          backgroundColor: '#59a14f',
        },
      ],
    },
    options,
    selectorAt: (_dataset, index) => {
      const entry = channels[index];
      return entry ? { kind: 'relanceChannel', channel: entry.channel } : null;
    },
  };
}

/** Open and overdue amounts by risk class. */
export function riskClassChart(dashboard: Dashboard): ChartSpec {
  return {
    type: 'bar',
    data: {
      labels: RISK_CLASSES.map((riskClass) => RISK_CLASS_LABELS[riskClass]),
      datasets: [
        {
          label: 'Encours',
          data: RISK_CLASSES.map((riskClass) => dashboard.byRiskClass[riskClass].openCents),
          backgroundColor: RISK_CLASSES.map((riskClass) => RISK_COLOURS[riskClass]),
        },
      ],
    },
    options: euroBarOptions(false, 'Encours par classe de risque'),
    selectorAt: (_dataset, index) => {
      const riskClass = RISK_CLASSES[index];
      return riskClass ? { kind: 'riskClass', riskClass } : null;
    },
  };
}
