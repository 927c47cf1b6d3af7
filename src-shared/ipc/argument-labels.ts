// The words a bookkeeper reads for the fields of the channel arguments, keyed by the field name
// of the schemas. A field missing here is shown by its name, in quotes.
const FIELD_LABELS: Readonly<Record<string, string>> = {
  id: 'identifiant',
  debtorId: 'débiteur',
  invoiceId: 'facture',
  invoiceIds: 'factures',
  number: 'numéro',
  issueDate: 'date de facture',
  dueDate: 'échéance',
  date: 'date',
  amountExclTaxCents: 'montant HT',
  vatCents: 'montant de TVA',
  amountInclTaxCents: 'montant TTC',
  amountCents: 'montant',
  currency: 'devise',
  paymentTerms: 'conditions de paiement',
  method: 'mode de règlement',
  reference: 'référence',
  allocations: 'affectation',
  reason: 'motif',
  kind: 'type',
  name: 'nom',
  firstName: 'prénom',
  legalName: 'raison sociale',
  companyName: 'raison sociale',
  legalForm: 'forme juridique',
  shareCapitalCents: 'capital social',
  siren: 'SIREN',
  siret: 'SIRET',
  vatNumber: 'numéro de TVA',
  nafCode: 'code NAF',
  sector: 'secteur',
  sizeClass: 'taille d’entreprise',
  addressLine1: 'adresse',
  addressLine2: 'complément d’adresse',
  postalCode: 'code postal',
  city: 'ville',
  rcsCity: 'ville du RCS',
  iban: 'IBAN',
  bic: 'BIC',
  contactName: 'personne à contacter',
  role: 'fonction',
  isPrimary: 'contact principal',
  phone: 'téléphone',
  email: 'e-mail',
  notes: 'notes',
  note: 'note',
  tags: 'étiquette',
  search: 'recherche',
  departement: 'département',
  overdueOnly: 'en retard uniquement',
  includeArchived: 'avec les archivés',
  sortBy: 'tri',
  sortDirection: 'sens du tri',
  offset: 'position dans la liste',
  limit: 'nombre de lignes',
  path: 'chemin du fichier',
  readOnly: 'lecture seule',
  overwrite: 'remplacer le fichier existant',
  userId: 'utilisateur',
  description: 'description',
  subject: 'objet',
  body: 'message',
  steps: 'étape',
  installments: 'échéance',
  madeOn: 'date de la promesse',
  dueOn: 'date promise',
  openedOn: 'date d’ouverture',
  closedOn: 'date de clôture',
};

// The whole argument object is named `input` by the channels that take a form's values: the
// reader cares about the field inside it.
const WRAPPERS = new Set(['input']);

/**
 * The place of a refused value in a channel argument, in words: `['input', 'amountExclTaxCents']`
 * → `montant HT`; `['input', 'allocations', 0, 'amountCents']` → `montant (affectation n° 1)`.
 */
export function describeArgumentPath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const segment of path) {
    if (typeof segment === 'number') {
      // A list position belongs to the field before it; people count from one.
      const owner = parts.pop() ?? 'élément';
      parts.push(`${owner} n° ${segment + 1}`);
    } else if (typeof segment === 'string' && !WRAPPERS.has(segment)) {
      parts.push(FIELD_LABELS[segment] ?? `« ${segment} »`);
    }
  }

  const field = parts.pop();
  if (field === undefined) return 'argument';
  return parts.length === 0 ? field : `${field} (${parts.join(', ')})`;
}
