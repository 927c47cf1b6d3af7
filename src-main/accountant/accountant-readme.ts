import { formatLongFrenchDate } from '../../src-shared/dates/french-date';

/** The short guide written beside the copy, for an accountant who has never seen Recouvra. */
export function accountantReadme(companyName: string, asOf: string, files: string[]): string {
  return [
    `Envoi de ${companyName} au cabinet comptable — situation au ${formatLongFrenchDate(asOf)}`,
    '',
    'Contenu :',
    `  - ${files[0]} : le dossier Recouvra complet (base SQLite, un seul fichier).`,
    `  - ${files[1]} : les échéances ouvertes et la balance âgée, prêtes pour un tableur.`,
    '',
    'Ouvrir le dossier :',
    '  - avec Recouvra (Ouvrir un dossier…) ;',
    '  - ou en lecture avec tout outil SQLite (DB Browser for SQLite, sqlite3, DBeaver…).',
    '',
    'Vues en lecture seule, en français, calculées à la date du jour de la lecture :',
    '  vue_echeances_ouvertes   une ligne par facture ouverte : débiteur, facture, échéance,',
    '                           reste dû, jours de retard, tranche',
    '  vue_balance_agee         une ligne par débiteur : non échu, 1-30, 31-60, 61-90,',
    '                           plus de 90 jours, total, règlements non affectés',
    '  vue_debiteurs            identité et coordonnées des débiteurs, reste dû, en retard',
    '  vue_relances             l’historique des relances de chaque débiteur : relances faites,',
    '                           écartées ou reportées, changements de plan de relance et',
    '                           mises en demeure préparées (colonne libelle)',
    '  vue_etapes_contentieux   les étapes des procédures (mise en demeure, injonction…)',
    '',
    'Les colonnes *_centimes sont des entiers exacts (1 234,56 € = 123456) ;',
    'les colonnes *_euros servent à l’affichage.',
    '',
    'Merci de ne pas modifier ce fichier avec un autre outil que Recouvra : il pourrait ne',
    'plus s’ouvrir. Pour le consulter sans risque, ouvrez-le en lecture seule.',
    '',
  ].join('\r\n');
}
