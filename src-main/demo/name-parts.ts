/**
 * French name parts for the demo data: people, company names by sector, streets and job titles.
 * Every combination is made up; a real person or firm may share a name by chance only.
 */

/** Common French given names, mixed genders. */
export const FIRST_NAMES: readonly string[] = splitList(`
  Julie, Camille, Sophie, Nathalie, Isabelle, Sandrine, Céline, Aurélie, Émilie, Claire, Léa,
  Manon, Chloé, Inès, Sarah, Laura, Pauline, Marie, Anne, Hélène, Valérie, Karine, Fatima,
  Nadia, Amina, Élodie, Audrey, Stéphanie, Caroline, Juliette, Thomas, Nicolas, Julien,
  Sébastien, Maxime, Alexandre, Antoine, Pierre, Laurent, Philippe, Christophe, Olivier, David,
  Frédéric, Mathieu, Guillaume, Romain, Hugo, Lucas, Théo, Karim, Mehdi, Youssef, Jérôme,
  Stéphane, François, Vincent, Benoît, Éric, Patrick, Bruno, Arnaud, Cédric, Kevin, Samuel,
  Yann
`);

/** Common French family names, from INSEE's most frequent ones and the Île-de-France mix. */
export const LAST_NAMES: readonly string[] = splitList(`
  Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon,
  Laurent, Lefebvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard,
  André, Mercier, Dupont, Lambert, Bonnet, François, Martinez, Legrand, Garnier, Faure,
  Rousseau, Blanc, Guérin, Muller, Henry, Roussel, Nicolas, Perrin, Morin, Mathieu, Clément,
  Gauthier, Dumont, Lopez, Fontaine, Chevalier, Robin, Masson, Sanchez, Nguyen, Boyer, Denis,
  Lemaire, Duval, Joly, Roche, Noël, Meyer, Lucas, Meunier, Perez, Marchand, Dufour, Blanchard,
  Barbier, Brun, Dumas, Brunet, Schmitt, Leroux, Colin, Fernandez, Renard, Arnaud, Caron,
  Aubert, Giraud, Leclerc, Vidal, Bourgeois, Renaud, Lemoine, Picard, Gaillard, Lacroix, Fabre,
  Dupuis, Olivier, Da Silva, Hubert, Rivière, Le Gall, Moulin, Berger, Lecomte, Fleury,
  Deschamps, Carpentier, Prévost, Haddad, Benali, Diallo, Traoré, Cohen, Pereira, Ferreira,
  Mendy, Tran
`);

/**
 * Raison sociale patterns per sector; `{nom}` is a family name, `{prenom}` a given name,
 * `{ville}` the firm's commune.
 */
export const COMPANY_NAME_PATTERNS: Readonly<Record<string, readonly string[]>> = {
  BTP: [
    '{nom} Bâtiment',
    '{nom} Rénovation',
    'Entreprise {nom}',
    '{nom} et Fils',
    'Couverture {nom}',
    'Maçonnerie {nom}',
    '{nom} Construction',
    'Peinture {nom}',
    'Électricité {nom}',
    '{nom} Habitat',
  ],
  'Commerce de gros': [
    '{nom} Distribution',
    'Établissements {nom}',
    '{nom} Négoce',
    'Comptoir {nom}',
    'Fournitures {nom}',
    '{nom} Approvisionnement',
  ],
  'Commerce de détail': [
    'Maison {nom}',
    'Boutique {prenom}',
    'Épicerie {nom}',
    '{nom} & Cie',
    'Pharmacie {nom}',
    'Au Marché de {ville}',
  ],
  'Commerce et réparation automobile': ['Garage {nom}', '{nom} Automobiles', 'Garage de {ville}'],
  'Hôtellerie-restauration': [
    'Brasserie {nom}',
    'Le Bistrot de {prenom}',
    'Hôtel {nom}',
    'Restaurant Chez {prenom}',
    'Traiteur {nom}',
    'Le Relais de {ville}',
  ],
  'Transport et logistique': [
    'Transports {nom}',
    '{nom} Logistique',
    '{nom} Express',
    'Messagerie {nom}',
  ],
  Informatique: ['{nom} Informatique', '{nom} Digital', '{nom} Systèmes', '{nom} Conseil IT'],
  'Services aux entreprises': [
    'Cabinet {nom}',
    '{nom} Conseil',
    '{nom} & Associés',
    '{nom} Services',
    'Sécurité {nom}',
    '{nom} Propreté',
  ],
  Santé: ['Cabinet du Dr {nom}', 'Centre médical de {ville}', 'Ambulances {nom}'],
  Industrie: ['{nom} Industrie', 'Ateliers {nom}', '{nom} Mécanique', 'Imprimerie {nom}'],
  Immobilier: ['{nom} Immobilier', 'Agence {nom}', 'Gestion {nom}', 'Foncière {nom}'],
};

/** Street types as written in a French address, in lower case. */
export const STREET_TYPES: readonly (readonly [string, number])[] = [
  ['rue', 50],
  ['avenue', 18],
  ['boulevard', 8],
  ['place', 4],
  ['allée', 5],
  ['impasse', 4],
  ['chemin', 3],
  ['quai', 2],
  ['route', 3],
  ['cours', 1],
  ['passage', 2],
];

/** Street names with their article, as they follow the street type. */
export const STREET_NAMES: readonly string[] = splitList(`
  Victor Hugo, Jean Jaurès, de la République, du Général de Gaulle, Gambetta, Pasteur,
  de la Gare, de Paris, Émile Zola, Jean Moulin, des Écoles, de l'Église, du Maréchal Foch,
  Carnot, Voltaire, du 8 Mai 1945, Aristide Briand, Anatole France, des Lilas, du Moulin,
  de la Paix, Paul Vaillant-Couturier, Gabriel Péri, Jules Ferry, de Verdun, de la Libération,
  du Château, des Tilleuls, Henri Barbusse, Louise Michel, de Stalingrad, Danton, Lamartine,
  Molière, des Acacias, du Marché, de la Mairie, Georges Clemenceau, Salvador Allende,
  Pierre Brossolette, des Peupliers, de la Fontaine
`);

/** Optional second address lines. */
export const ADDRESS_COMPLEMENTS: readonly string[] = [
  'Bâtiment B',
  'Bâtiment A, 2e étage',
  'Escalier C',
  "Zone d'activités des Prés",
  "Parc d'activités du Moulin",
  'Résidence Les Tilleuls',
  'BP 40',
  'Immeuble Le Carré',
];

/** Roles of the people to call at a customer about an unpaid invoice. */
export const CONTACT_ROLES: readonly string[] = [
  'Comptabilité fournisseurs',
  'Gérance',
  'Direction administrative et financière',
  'Assistanat de direction',
  'Responsable des achats',
  'Service comptabilité',
  'Contrôle de gestion',
  'Office manager',
];

/** Reasons written on credit notes (avoirs). */
export const CREDIT_NOTE_REASONS: readonly string[] = [
  'Remise commerciale accordée',
  'Erreur de facturation',
  'Prestation non réalisée',
  'Geste commercial suite à réclamation',
  'Annulation de la facture',
  'Matériel retourné',
];

// Long lists stay comma-separated paragraphs rather than one name per line.
function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
