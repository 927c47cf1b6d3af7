// The three plans de relance shipped with migration 7, as data. Frozen with
// that migration: later versions of the app never change what it wrote.

interface ShippedStep {
  offsetDays: number;
  channel: string;
  tone: string;
  subject: string;
  body: string;
  deadlineDays: number;
  repeatEveryDays: number | null;
}

interface ShippedScenario {
  key: string;
  name: string;
  description: string;
  steps: ShippedStep[];
}

const EMAIL_SIGNATURE =
  '\n\nBien cordialement,\n\n{{signataire}}\n{{entreprise}} · {{telephone_entreprise}}';
const LETTER_CLOSING =
  'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.';

const lines = (...paragraphs: string[]) => paragraphs.join('\n\n');

const courtesyEmail = (subject: string, offsetDays: number, intro: string): ShippedStep => ({
  offsetDays,
  channel: 'email',
  tone: 'courtois',
  subject,
  body:
    lines(
      'Bonjour,',
      intro,
      '{{liste_factures}}',
      'Montant total : {{montant_du}}.',
      'Si le règlement est déjà programmé, merci de ne pas tenir compte de ce message. Pour ' +
        'mémoire, nos coordonnées bancaires : {{coordonnees_bancaires}}.',
    ) + EMAIL_SIGNATURE,
  deadlineDays: 8,
  repeatEveryDays: null,
});

const reminderEmail = (offsetDays: number, subject: string, tone: string): ShippedStep => ({
  offsetDays,
  channel: 'email',
  tone,
  subject,
  body:
    lines(
      'Bonjour,',
      'Sauf erreur ou omission de notre part, nous n’avons pas reçu le règlement des factures ' +
        'suivantes, arrivées à échéance :',
      '{{liste_factures}}',
      'Montant restant dû : {{montant_du}}.',
      'Nous vous remercions de procéder au règlement d’ici le {{date_limite}}, par virement ' +
        '({{coordonnees_bancaires}}). Vous trouverez ci-joint votre relevé de compte.',
      'Si votre paiement a croisé ce message, merci de ne pas en tenir compte.',
    ) + EMAIL_SIGNATURE,
  deadlineDays: 8,
  repeatEveryDays: null,
});

const call = (offsetDays: number, tone: string, points: string[], repeat: number | null) => ({
  offsetDays,
  channel: 'appel',
  tone,
  subject: '',
  body: points.map((point) => `- ${point}`).join('\n'),
  deadlineDays: 5,
  repeatEveryDays: repeat,
});

const secondLetter = (offsetDays: number, channel: string, penalties: boolean): ShippedStep => ({
  offsetDays,
  channel,
  tone: 'ferme',
  subject: 'Relance – factures impayées',
  body: lines(
    'Madame, Monsieur,',
    'Malgré notre précédent rappel, nous restons dans l’attente du règlement des factures ' +
      'suivantes :',
    '{{liste_factures}}',
    'Le montant restant dû s’élève à {{montant_du}}.' + (penalties ? ' {{mention_penalites}}' : ''),
    'Nous vous demandons de régler cette somme au plus tard le {{date_limite}}, par virement ' +
      'sur notre compte ({{coordonnees_bancaires}}). À défaut, nous serons contraints ' +
      'd’engager une procédure de recouvrement.',
    'Nous restons à votre disposition au {{telephone_entreprise}} pour tout échange.',
    LETTER_CLOSING,
  ),
  deadlineDays: 8,
  repeatEveryDays: null,
});

const formalNotice = (offsetDays: number, business: boolean, repeat: number | null) => ({
  offsetDays,
  channel: 'mise_en_demeure',
  tone: 'formel',
  subject: 'Mise en demeure de payer',
  body: lines(
    'Madame, Monsieur,',
    'Malgré nos relances restées sans effet, les factures suivantes demeurent impayées :',
    '{{liste_factures}}',
    'Par la présente, nous vous mettons en demeure de nous régler la somme de {{montant_du}} ' +
      'en principal, au plus tard le {{date_limite}}.',
    business
      ? '{{mention_penalites}} Le montant total réclamé s’élève ainsi à {{total_reclame}}.'
      : 'Cette mise en demeure fait courir les intérêts au taux légal sur cette somme ' +
          '(art. 1231-6 et 1344-1 du Code civil).',
    'À défaut de règlement dans ce délai, nous saisirons la juridiction compétente sans autre ' +
      'avis, afin d’obtenir le paiement des sommes dues, augmentées des intérêts et des frais.',
    'Règlement par virement : {{coordonnees_bancaires}}.',
    LETTER_CLOSING,
  ),
  deadlineDays: 8,
  repeatEveryDays: repeat,
});

/** The shipped plans, in the order they are installed. */
export const SHIPPED_SCENARIOS: ShippedScenario[] = [
  {
    key: 'entreprises-standard',
    name: 'Entreprises – standard',
    description:
      'Clients professionnels : rappel avant échéance, relances par e-mail, appel, lettre, ' +
      'mise en demeure, puis un appel tous les 15 jours jusqu’au paiement ou au contentieux.',
    steps: [
      courtesyEmail(
        'Rappel : échéance prochaine – {{entreprise}}',
        -3,
        'Sauf erreur de notre part, le règlement des factures suivantes arrive à échéance ' +
          'prochainement :',
      ),
      reminderEmail(7, 'Factures échues – {{debiteur}}', 'courtois'),
      call(
        15,
        'ferme',
        [
          'Se présenter et demander la personne en charge des règlements.',
          'Rappeler les factures échues et le montant restant dû.',
          'Demander la raison du retard et une date précise de paiement.',
          'Obtenir un engagement (date et montant) et le confirmer par e-mail.',
        ],
        null,
      ),
      secondLetter(30, 'lettre', true),
      formalNotice(45, true, null),
      call(
        60,
        'formel',
        [
          'Rappeler la mise en demeure restée sans réponse et son délai.',
          'Annoncer la transmission au contentieux (injonction de payer) faute de paiement.',
          'Proposer une dernière solution amiable : paiement immédiat ou échéancier signé.',
        ],
        15,
      ),
    ],
  },
  {
    key: 'grands-comptes',
    name: 'Grands comptes – relation à préserver',
    description:
      'Clients importants : on vérifie d’abord que la facture est validée chez eux, on appelle ' +
      'avant d’écrire, et le ton ne durcit qu’après deux mois ; lettre recommandée tous les ' +
      '30 jours ensuite.',
    steps: [
      courtesyEmail(
        'Échéance à venir – {{entreprise}}',
        -7,
        'Afin de faciliter votre traitement, nous vous rappelons l’échéance prochaine des ' +
          'factures suivantes. Pourriez-vous nous confirmer qu’elles sont bien validées pour ' +
          'paiement ?',
      ),
      call(
        5,
        'courtois',
        [
          'Vérifier que les factures ont bien été reçues et validées (bon à payer).',
          'Demander s’il manque une référence (bon de commande, n° de marché).',
          'Demander la date du prochain virement fournisseurs.',
        ],
        null,
      ),
      reminderEmail(15, 'Suivi de règlement – {{debiteur}}', 'courtois'),
      call(
        30,
        'ferme',
        [
          'Demander à parler au responsable comptable ou financier.',
          'Rappeler l’ancienneté du retard et le montant restant dû.',
          'Obtenir une date ferme de paiement, ou proposer un échéancier.',
        ],
        null,
      ),
      secondLetter(45, 'lettre', true),
      { ...secondLetter(60, 'lrar', true), tone: 'formel', repeatEveryDays: 30 },
    ],
  },
  {
    key: 'particuliers',
    name: 'Particuliers',
    description:
      'Clients particuliers : SMS, e-mail, lettre, appel, puis mise en demeure (sans pénalités ' +
      'L441-10 ni indemnité de 40 €), renouvelée tous les 30 jours.',
    steps: [
      {
        offsetDays: 3,
        channel: 'sms',
        tone: 'courtois',
        subject: '',
        body:
          '{{entreprise}} : bonjour, sauf erreur votre facture de {{montant_du}} est arrivée à ' +
          'échéance le {{echeance_plus_ancienne}}. Merci de la régler ou de nous appeler au ' +
          '{{telephone_entreprise}}.',
        deadlineDays: 8,
        repeatEveryDays: null,
      },
      reminderEmail(10, 'Facture impayée – {{entreprise}}', 'courtois'),
      secondLetter(20, 'lettre', false),
      call(
        30,
        'ferme',
        [
          'Rappeler la facture et le montant restant dû.',
          'Écouter la raison du retard ; proposer un paiement en plusieurs fois si besoin.',
          'Obtenir une date et un montant, et les confirmer par écrit.',
        ],
        null,
      ),
      formalNotice(45, false, 30),
    ],
  },
];

/**
 * Rules installed with the plans: consumers get their own plan, large debts the key-account one.
 */
export const SHIPPED_RULES: {
  scenarioKey: string;
  debtorKind: string | null;
  minOpenCents: number | null;
}[] = [
  { scenarioKey: 'particuliers', debtorKind: 'particulier', minOpenCents: null },
  { scenarioKey: 'grands-comptes', debtorKind: null, minOpenCents: 2_000_000 },
];

/** The plan used when no rule matches. */
export const SHIPPED_DEFAULT_SCENARIO = 'entreprises-standard';
