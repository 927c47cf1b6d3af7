import type { RiskClass } from './risk-class';

/** Terms to offer a debtor for new business. */
export interface SuggestedTerms {
  /** Days from the invoice date; 0 with `prepayment` when payment comes before delivery. */
  days: number;
  /** Share of the order to ask as a deposit, in percent. */
  depositPercent: number;
  prepayment: boolean;
  label: string;
  detail: string;
}

// Between firms the law caps terms at 60 days from the invoice date, or 45 days end of month
// (C. com. L441-10); these suggestions stay well within it.
const TERMS: Record<RiskClass, SuggestedTerms> = {
  A: {
    days: 45,
    depositPercent: 0,
    prepayment: false,
    label: 'Conditions habituelles',
    detail: 'Jusqu’à 45 jours date de facture, sans acompte.',
  },
  B: {
    days: 30,
    depositPercent: 0,
    prepayment: false,
    label: 'Délai raccourci',
    detail: '30 jours date de facture, sans escompte ; relance dès l’échéance.',
  },
  C: {
    days: 15,
    depositPercent: 30,
    prepayment: false,
    label: 'Acompte et délai court',
    detail: 'Acompte de 30 % à la commande, solde à 15 jours date de facture.',
  },
  D: {
    days: 0,
    depositPercent: 100,
    prepayment: true,
    label: 'Paiement avant livraison',
    detail: 'Paiement intégral à la commande ou avant livraison ; pas de nouveau crédit.',
  },
};

/** The payment terms a class suggests for new business. */
export function suggestedTerms(riskClass: RiskClass): SuggestedTerms {
  return TERMS[riskClass];
}
