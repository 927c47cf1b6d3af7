/** The creditor: the firm that uses Recouvra to get paid. */
export interface Company {
  legalName: string;
  legalForm: string | null;
  shareCapitalCents: number | null;
  siren: string | null;
  rcsCity: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
  iban: string | null;
  bic: string | null;
  contactName: string | null;
  email: string | null;
  phone: string | null;
}
