/** The fields a relance template may use, written `{{champ}}`, with what each prints. */
export const TEMPLATE_FIELDS = {
  debiteur: 'Nom du débiteur (raison sociale, ou prénom et nom)',
  adresse_debiteur: 'Adresse du débiteur, sur une ligne',
  contact: 'Contact principal du débiteur, sinon le nom d’un particulier, ou « Madame, Monsieur »',
  formule_appel:
    'Formule d’appel : « Madame » ou « Monsieur » si le nom le dit, « Bonjour Prénom Nom » ' +
    'pour un particulier, sinon « Madame, Monsieur »',
  liste_factures: 'Liste des factures concernées (numéro, dates, reste dû, retard)',
  nombre_factures: 'Nombre de factures concernées',
  factures_echues:
    '« votre facture de … est échue depuis le … », ou « vos 2 factures (…) sont échues depuis ' +
    'le … » quand il y en a plusieurs',
  montant_du: 'Total restant dû sur ces factures',
  jours_retard: 'Jours de retard de la facture la plus ancienne',
  echeance_plus_ancienne: 'Échéance la plus ancienne',
  penalites: 'Pénalités de retard (L441-10), entre professionnels seulement',
  indemnite_forfaitaire: 'Indemnité forfaitaire de 40 € par facture, entre professionnels',
  total_reclame: 'Restant dû, plus pénalités et indemnités quand elles s’appliquent',
  mention_penalites: 'Phrase légale sur les pénalités et l’indemnité (vide pour un particulier)',
  coordonnees_bancaires: 'IBAN et BIC de votre entreprise',
  date_limite:
    'Date limite de paiement (aujourd’hui + délai de l’étape, reportée au jour ouvré suivant)',
  date_du_jour: 'Date du jour, en toutes lettres',
  entreprise: 'Raison sociale de votre entreprise',
  telephone_entreprise: 'Téléphone de votre entreprise',
  email_entreprise: 'E-mail de votre entreprise',
  signataire: 'Personne qui signe (contact de votre entreprise)',
} as const;

export type TemplateField = keyof typeof TEMPLATE_FIELDS;

/** The values of every field for one debtor, as text ready to print. */
export type TemplateValues = Record<TemplateField, string>;

const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** True for a name of the field list. */
export function isTemplateField(name: string): name is TemplateField {
  return Object.hasOwn(TEMPLATE_FIELDS, name);
}

/**
 * What is wrong with a template, in French: each unknown field by name, and
 * braces left open. An empty list means the template can be saved.
 */
export function templateProblems(text: string): string[] {
  const problems: string[] = [];
  const unknown = new Set<string>();
  for (const match of text.matchAll(FIELD)) {
    const name = match[1] ?? '';
    if (!isTemplateField(name)) unknown.add(name);
  }
  for (const name of unknown) {
    problems.push(
      name === ''
        ? 'Un champ vide {{ }} ne correspond à rien : indiquez le nom du champ.'
        : `Le champ {{${name}}} n’existe pas : choisissez-le dans la liste des champs.`,
    );
  }
  const rest = text.replace(FIELD, '');
  if (rest.includes('{{') || rest.includes('}}')) {
    problems.push('Des accolades {{ ou }} ne sont pas refermées : écrivez les champs {{champ}}.');
  }
  return problems;
}

/** The fields a template uses, in order of first appearance. */
export function usedFields(text: string): TemplateField[] {
  const found: TemplateField[] = [];
  for (const match of text.matchAll(FIELD)) {
    const name = match[1] ?? '';
    if (isTemplateField(name) && !found.includes(name)) found.push(name);
  }
  return found;
}

/** Replaces every field with its value; call only on a template without problems. */
export function renderTemplate(text: string, values: TemplateValues): string {
  return text.replace(FIELD, (whole, name: string) =>
    isTemplateField(name) ? values[name] : whole,
  );
}
