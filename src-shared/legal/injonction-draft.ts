import type { CalendarDate } from '../dates/calendar-date';
import type { DebtorKind } from '../domain/debtor';
import { sumCents, type Cents } from '../money/cents';
import type { JudgeKind } from './cerfa-forms';
import type { ClaimElement } from './debtor-claim';

/** A party as CPC art. 57 wants it: forme, dénomination and siège, or nom, prénoms, domicile. */
export interface PartyDraft {
  kind: DebtorKind;
  /** Dénomination of a company, family name of a person. */
  name: string;
  firstName: string;
  legalForm: string;
  siren: string;
  addressLine1: string;
  addressLine2: string;
  postalCode: string;
  city: string;
  /** The organ that represents a company (« son gérant, M. Jean Martin »). */
  representative: string;
}

/** One invoice claimed, with the principal asked for it. */
export interface DraftInvoice {
  invoiceId: number;
  number: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  principalCents: Cents;
}

/** An element besides the principal (penalties, interest, indemnity, costs), with its basis. */
export interface DraftElement {
  key: Exclude<ClaimElement['key'], 'principal'> | 'frais';
  label: string;
  amountCents: Cents;
  basis: string;
}

/** The requête en injonction de payer as the user edits it before export. */
export interface InjonctionDraft {
  debtorId: number;
  creditor: PartyDraft;
  debtor: PartyDraft;
  court: { name: string; address: string; judge: JudgeKind; cerfaNumber: string };
  invoices: DraftInvoice[];
  principalBasis: string;
  elements: DraftElement[];
  /** The bordereau des pièces (CPC art. 1407), one line per document. */
  pieces: string[];
  /** CPC art. 1408: in case of opposition, send the case straight to the trial court. */
  renvoiAuFond: boolean;
  place: string;
  date: CalendarDate;
  signatory: string;
}

/** The principal of a draft: the sum of its invoices. */
export function draftPrincipal(draft: Pick<InjonctionDraft, 'invoices'>): Cents {
  return sumCents(draft.invoices.map((invoice) => invoice.principalCents));
}

/** The total a draft asks for: principal and every other element. */
export function draftTotal(draft: Pick<InjonctionDraft, 'invoices' | 'elements'>): Cents {
  return draftPrincipal(draft) + sumCents(draft.elements.map((element) => element.amountCents));
}

/** A party on one line per entry, as printed in a document. */
export function partyLines(party: PartyDraft): string[] {
  const name =
    party.kind === 'particulier'
      ? [party.firstName, party.name].filter(Boolean).join(' ')
      : nameWithForm(party.name, party.legalForm);
  const lines = [name, party.addressLine1];
  if (party.addressLine2) lines.push(party.addressLine2);
  lines.push(`${party.postalCode} ${party.city}`.trim());
  if (party.siren) lines.push(`SIREN ${party.siren}`);
  if (party.representative) lines.push(`Représentée par ${party.representative}`);
  return lines.filter((line) => line.trim() !== '');
}

/** « Dupont, SARL », but « Dupont SARL » alone when the name already carries its form. */
export function nameWithForm(name: string, legalForm: string): string {
  const form = legalForm.trim();
  if (!form) return name;
  const words = name.toLowerCase().split(/[\s,.()]+/);
  return words.includes(form.toLowerCase()) ? name : `${name}, ${form}`;
}
