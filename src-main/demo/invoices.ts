import type { DebtorKind, SizeClass } from '../../src-shared/domain/debtor';
import { roundToCents, type Cents } from '../../src-shared/money/cents';
import type { DemoInvoice } from './demo-types';
import type { DocumentNumbering } from './document-numbering';
import { drawIssueDates, drawRelationshipStart, type IssueCalendar } from './issue-calendar';
import { dueDateFor, PAYMENT_TERMS_LABELS, type PaymentTerms } from './payment-terms';
import type { Random } from './random';

/** What shapes a debtor's invoices: who it is and the terms agreed with it. */
export interface InvoiceProfile {
  externalRef: string;
  kind: DebtorKind;
  sizeClass: SizeClass | null;
  sector: string | null;
  terms: PaymentTerms;
}

// Median amount excluding VAT, in euros. The creditor is a building-services firm: a private
// customer's repair or boiler job, a small firm's call-out, a large account's maintenance batch.
const MEDIAN_EUROS: Record<SizeClass | 'particulier', number> = {
  particulier: 900,
  micro: 650,
  pme: 2_400,
  eti: 8_500,
  ge: 18_000,
};
const SPREAD = 0.8;
const MIN_EUROS = 60;
const MAX_EUROS = 350_000;

/** `count` invoices for one debtor over the calendar, numbered by the company-wide numbering. */
export function generateInvoices(
  random: Random,
  calendar: IssueCalendar,
  numbering: DocumentNumbering,
  profile: InvoiceProfile,
  count: number,
): DemoInvoice[] {
  const start = drawRelationshipStart(random, calendar);
  const dates = drawIssueDates(random, calendar, count, start);
  return dates.map((issueDate, index) => {
    const amountExclTaxCents = drawAmountExclTax(random, profile);
    const vatRateBasisPoints = drawVatRate(random, profile);
    const vatCents = vatOf(amountExclTaxCents, vatRateBasisPoints);
    return {
      key: `${profile.externalRef}/F${index + 1}`,
      number: numbering.next('FA', issueDate),
      issueDate,
      dueDate: dueDateFor(issueDate, profile.terms),
      amountExclTaxCents,
      vatCents,
      amountInclTaxCents: amountExclTaxCents + vatCents,
      currency: 'EUR',
      paymentTerms: PAYMENT_TERMS_LABELS[profile.terms],
      vatRateBasisPoints,
    };
  });
}

/** The VAT on an amount excluding tax, rounded once to the cent. */
export function vatOf(amountExclTaxCents: Cents, rateBasisPoints: number): Cents {
  return roundToCents((amountExclTaxCents * rateBasisPoints) / 10_000);
}

/** The terms agreed with a debtor: large accounts impose longer ones. */
export function drawPaymentTerms(random: Random, sizeClass: SizeClass | null): PaymentTerms {
  if (sizeClass === null) return 'net30';
  if (sizeClass === 'eti' || sizeClass === 'ge') {
    return random.weighted([
      ['endOfMonth45', 5],
      ['net60', 4],
      ['net30', 1],
    ]);
  }
  return random.weighted([
    ['net30', 6],
    ['endOfMonth45', 3],
    ['net60', 1],
  ]);
}

function drawAmountExclTax(random: Random, profile: InvoiceProfile): Cents {
  const median = MEDIAN_EUROS[profile.sizeClass ?? 'particulier'];
  const euros = Math.min(MAX_EUROS, Math.max(MIN_EUROS, random.logNormal(median, SPREAD)));
  // Quotes are often in round figures; the rest carry cents from unit prices and quantities.
  const roll = random.next();
  if (roll < 0.2) return Math.round(euros / 10) * 1_000;
  if (roll < 0.55) return Math.round(euros) * 100;
  return roundToCents(euros * 100);
}

// Works in a home are taxed at 10 %, energy-saving works at 5,5 % (CGI art. 279-0 bis and
// 278-0 bis A); firms pay 20 %, except property managers ordering works in housing.
function drawVatRate(random: Random, profile: InvoiceProfile): number {
  if (profile.kind === 'particulier') {
    return random.weighted([
      [1_000, 55],
      [550, 25],
      [2_000, 20],
    ]);
  }
  if (profile.sector === 'Immobilier') {
    return random.weighted([
      [2_000, 7],
      [1_000, 3],
    ]);
  }
  return random.weighted([
    [2_000, 97],
    [1_000, 3],
  ]);
}
