import { RELANCE_CHANNELS, RELANCE_CHANNEL_LABELS } from '../relance/relance-channel';
import { RISK_CLASSES, RISK_CLASS_LABELS } from '../risk/risk-class';
import { departementName } from '../validators/postal-code';
import { AGE_BUCKETS, AGE_BUCKET_LABELS } from './aged-balance';
import type { Dashboard } from './dashboard-types';
import { arrondissementLabel } from './paris-arrondissement';
import type { RiskMapReport } from './risk-map-report';
import { GEO_KEYS, sectorLabel, SIZE_KEYS, SIZE_KEY_LABELS } from './risk-map';

/** How a column's values are written in a spreadsheet. */
export type ColumnKind = 'text' | 'cents' | 'rate' | 'number' | 'date';

/** One figure as a table: what the XLSX export writes, one sheet per figure. */
export interface FigureTable {
  key: string;
  title: string;
  columns: { header: string; kind: ColumnKind }[];
  rows: (string | number | null)[][];
}

const col = (header: string, kind: ColumnKind) => ({ header, kind });

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** Every figure of the dashboard as a table, in the order of the screen. */
export function dashboardTables(dashboard: Dashboard): FigureTable[] {
  const { totals, dso, cei, collection, delays, promises, disputes } = dashboard;
  return [
    {
      key: 'montants',
      title: 'Montants',
      columns: [col('Montant', 'text'), col('Valeur', 'cents')],
      rows: [
        ['Encours', totals.outstandingCents],
        ['Échu', totals.overdueCents],
        ['En litige', totals.disputedCents],
        ['En procédure', totals.legalCents],
        ['Règlements non affectés', totals.unallocatedCents],
      ],
    },
    {
      key: 'indicateurs',
      title: 'Indicateurs',
      columns: [col('Indicateur', 'text'), col('Valeur', 'number'), col('Unité', 'text')],
      rows: [
        ['DSO (méthode par épuisement)', dso.days, 'jours'],
        ['CEI', cei.value, '%'],
        ['Taux de recouvrement', percent(collection.rate), '%'],
        ['Délai moyen de paiement', delays.averageDaysToPay, 'jours'],
        ['Retard moyen', delays.averageDaysLate, 'jours'],
        ['Promesses tenues', percent(promises.rate), '%'],
        ['Litiges résolus sous 30 jours', percent(disputes.rate), '%'],
        ['Débiteurs au-delà de leur plafond', dashboard.overCreditLimit, 'débiteurs'],
      ],
    },
    {
      key: 'balance-agee',
      title: 'Balance âgée',
      columns: [col('Tranche', 'text'), col('Montant', 'cents')],
      rows: AGE_BUCKETS.map((bucket) => [
        AGE_BUCKET_LABELS[bucket],
        dashboard.aged.buckets[bucket],
      ]),
    },
    {
      key: 'evolution',
      title: 'Évolution de la balance âgée',
      columns: [col('Au', 'date'), ...AGE_BUCKETS.map((b) => col(AGE_BUCKET_LABELS[b], 'cents'))],
      rows: dashboard.evolution.map((point) => [
        point.asOf,
        ...AGE_BUCKETS.map((bucket) => point.buckets[bucket]),
      ]),
    },
    {
      key: 'top-retards',
      title: 'Plus gros retards',
      columns: [
        col('Débiteur', 'text'),
        col('Échu', 'cents'),
        col('Encours', 'cents'),
        col('Retard max (jours)', 'number'),
        col('Classe', 'text'),
      ],
      rows: dashboard.topOverdue.map((row) => [
        row.displayName,
        row.overdueCents,
        row.openCents,
        row.maxDaysOverdue,
        row.riskClass,
      ]),
    },
    {
      key: 'relances',
      title: 'Activité de relance',
      columns: [
        col('Canal', 'text'),
        col('Actions', 'number'),
        col('Débiteurs', 'number'),
        col('Recouvré sous 30 jours', 'cents'),
      ],
      rows: dashboard.relance.channels.map((row) => [
        RELANCE_CHANNEL_LABELS[row.channel],
        row.actions,
        row.debtors,
        row.recoveredCents,
      ]),
    },
    {
      key: 'prevision',
      title: 'Prévision d’encaissement',
      columns: [
        col('Semaine du', 'date'),
        col('Factures', 'cents'),
        col('Promesses', 'cents'),
        col('Échéanciers', 'cents'),
        col('Total', 'cents'),
      ],
      rows: [
        ...dashboard.forecast.weeks.map((week) => [
          week.weekStart,
          week.invoicesCents,
          week.promisesCents,
          week.plansCents,
          week.totalCents,
        ]),
        ['Au-delà', null, null, null, dashboard.forecast.laterCents],
        ['Incertain', null, null, null, dashboard.forecast.uncertainCents],
        ['En litige (non prévu)', null, null, null, dashboard.forecast.disputedCents],
      ],
    },
    {
      key: 'responsables',
      title: 'Résultats par personne',
      columns: [
        col('Personne', 'text'),
        col('Débiteurs suivis', 'number'),
        col('Encours de ses débiteurs', 'cents'),
        col('Échu de ses débiteurs', 'cents'),
        col('Actions faites', 'number'),
        ...RELANCE_CHANNELS.map((channel) => col(RELANCE_CHANNEL_LABELS[channel], 'number')),
        col('Encaissé sur ses débiteurs', 'cents'),
        col('Recouvré après relance', 'cents'),
        col('Promesses tenues', 'number'),
        col('Promesses rompues', 'number'),
      ],
      rows: [
        ...dashboard.owners.map((owner) => [
          owner.name,
          owner.debtors,
          owner.openCents,
          owner.overdueCents,
          owner.actions,
          ...RELANCE_CHANNELS.map((channel) => owner.actionsByChannel[channel]),
          owner.collectedCents,
          owner.recoveredAfterRelanceCents,
          owner.promisesKept,
          owner.promisesBroken,
        ]),
        ...(dashboard.otherAuthors.actions === 0
          ? []
          : [
              [
                `Autres auteurs : ${dashboard.otherAuthors.names.join(', ')}`,
                null,
                null,
                null,
                dashboard.otherAuthors.actions,
                ...RELANCE_CHANNELS.map(
                  (channel) => dashboard.otherAuthors.actionsByChannel[channel],
                ),
                null,
                null,
                null,
                null,
              ],
            ]),
      ],
    },
    {
      key: 'classes',
      title: 'Encours par classe de risque',
      columns: [
        col('Classe', 'text'),
        col('Débiteurs', 'number'),
        col('Encours', 'cents'),
        col('Échu', 'cents'),
      ],
      rows: RISK_CLASSES.map((riskClass) => {
        const exposure = dashboard.byRiskClass[riskClass];
        return [
          RISK_CLASS_LABELS[riskClass],
          exposure.debtors,
          exposure.openCents,
          exposure.overdueCents,
        ];
      }),
    },
  ];
}

/** Every breakdown of the risk map as a table. */
export function riskMapTables(report: RiskMapReport): FigureTable[] {
  const { map } = report;
  const exposureColumns = [
    col('Débiteurs', 'number'),
    col('Encours', 'cents'),
    col('Échu', 'cents'),
  ];
  return [
    {
      key: 'classe-secteur',
      title: 'Encours par classe et secteur',
      columns: [
        col('Secteur', 'text'),
        ...RISK_CLASSES.map((riskClass) => col(RISK_CLASS_LABELS[riskClass], 'cents')),
        col('Total', 'cents'),
      ],
      rows: [
        ...map.sectors.map((sector) => {
          const cells = RISK_CLASSES.map(
            (riskClass) => map.byClassAndSector[riskClass][sector]?.openCents ?? 0,
          );
          return [sectorLabel(sector), ...cells, cells.reduce((sum, cents) => sum + cents, 0)];
        }),
        [
          'Total',
          ...RISK_CLASSES.map((riskClass) => map.byClass[riskClass].openCents),
          map.total.openCents,
        ],
      ],
    },
    {
      key: 'taille',
      title: 'Encours par taille',
      columns: [col('Taille', 'text'), ...exposureColumns],
      rows: SIZE_KEYS.map((key) => {
        const exposure = map.bySize[key];
        return [SIZE_KEY_LABELS[key], exposure.debtors, exposure.openCents, exposure.overdueCents];
      }),
    },
    {
      key: 'departements',
      title: 'Encours par département',
      columns: [col('Département', 'text'), ...exposureColumns],
      rows: GEO_KEYS.map((key) => {
        const exposure = map.byDepartement[key];
        const label =
          key === 'hors_idf'
            ? 'Hors Île-de-France'
            : key === 'inconnu'
              ? 'Département inconnu'
              : `${key} ${departementName(key) ?? ''}`;
        return [label, exposure.debtors, exposure.openCents, exposure.overdueCents];
      }),
    },
    {
      key: 'arrondissements',
      title: 'Paris par arrondissement',
      columns: [col('Arrondissement', 'text'), ...exposureColumns],
      rows: Array.from({ length: 21 }, (_, number) => {
        const exposure = map.byArrondissement[number]!;
        const label = number === 0 ? 'Paris (sans arrondissement)' : arrondissementLabel(number);
        return [label, exposure.debtors, exposure.openCents, exposure.overdueCents];
      }),
    },
    {
      key: 'saisonnalite',
      title: 'Retards par mois d’échéance',
      columns: [
        col('Mois', 'text'),
        col('Échu dans le mois', 'cents'),
        col('Payé ou impayé en retard', 'cents'),
        col('Taux de retard', 'rate'),
        col('Encore ouvert', 'cents'),
      ],
      rows: report.seasonality.map((row) => [
        row.month,
        row.dueCents,
        row.lateCents,
        row.lateRate,
        row.openCents,
      ]),
    },
  ];
}
