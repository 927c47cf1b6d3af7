import type { DocumentBlock } from '../../src-shared/documents/document-blocks';
import { formatFrenchDate } from '../../src-shared/dates/french-date';
import type { DebtorClaim } from '../../src-shared/legal/debtor-claim';
import { formatRate } from '../../src-shared/legal/format-rate';
import type { InvoiceClaim } from '../../src-shared/legal/invoice-claim';
import { formatEuros } from '../../src-shared/money/format-amount';

// The same tables in every document: the invoices, the working line by line, and the sum
// with the basis of each element, so a judge or a commissaire can redo every figure.

// Column weights, in about 50 twips each: an invoice number such as « FAC-2024-11-000457 » stays
// on one line (about a quarter of the page), and so do « 01/06/2025 » and « 12 345,67 € ».
const INVOICE_WIDTHS = [48, 26, 26, 28, 28, 32];
const WORKING_WIDTHS = [47, 26, 26, 15, 28, 21, 26];

/** The invoices claimed, with what was paid or credited and what remains. */
export function invoicesTable(claim: DebtorClaim): DocumentBlock {
  const claimed = claimedInvoices(claim);
  return {
    kind: 'table',
    header: ['Facture', 'Date', 'Échéance', 'Montant TTC', 'Réglé ou avoir', 'Reste dû'],
    rows: claimed.map((invoice) => [
      invoice.number,
      formatFrenchDate(invoice.issueDate),
      formatFrenchDate(invoice.dueDate),
      formatEuros(invoice.amountInclTaxCents),
      formatEuros(invoice.paidCents + invoice.creditedCents),
      formatEuros(invoice.principalCents),
    ]),
    numericColumns: [3, 4, 5],
    footer: ['Total', '', '', '', '', formatEuros(claim.principalCents)],
    widths: INVOICE_WIDTHS,
  };
}

/** One line per invoice, half-year and partial payment: dates, days, base, rate, result. */
export function workingBlocks(claim: DebtorClaim): DocumentBlock[] {
  const claimed = claimedInvoices(claim);
  const rows = claimed.flatMap((invoice) =>
    invoice.lines.map((line) => [
      invoice.number,
      formatFrenchDate(line.from),
      formatFrenchDate(line.to),
      String(line.days),
      formatEuros(line.baseCents),
      formatRate(line.rateBp),
      formatEuros(line.amountCents),
    ]),
  );
  if (rows.length === 0) return [];
  const bases = [...new Set(claimed.flatMap((invoice) => invoice.lines.map((line) => line.basis)))];
  return [
    { kind: 'paragraph', text: claim.method, italic: true },
    {
      kind: 'table',
      header: ['Facture', 'Du', 'Au', 'Jours', 'Base', 'Taux', 'Montant'],
      rows,
      numericColumns: [3, 4, 5, 6],
      footer: ['Total', '', '', '', '', '', formatEuros(claim.accruedCents)],
      widths: WORKING_WIDTHS,
    },
    { kind: 'paragraph', text: 'Taux appliqués :' },
    { kind: 'bullets', items: bases },
  ];
}

/** The sum claimed, element by element, with the basis of each (CPC art. 1407). */
export function elementsTable(
  elements: readonly { label: string; amountCents: number; basis: string }[],
  totalCents: number,
): DocumentBlock {
  return {
    kind: 'table',
    header: ['Élément', 'Montant', 'Fondement'],
    rows: elements.map((element) => [
      element.label,
      formatEuros(element.amountCents),
      element.basis,
    ]),
    numericColumns: [1],
    footer: ['Total réclamé', formatEuros(totalCents), ''],
    widths: [3, 2, 5],
  };
}

/** The invoices the totals of a claim cover, in ledger order. */
export function claimedInvoices(claim: DebtorClaim): InvoiceClaim[] {
  return claim.invoices.filter((invoice) => claim.claimedInvoiceIds.includes(invoice.invoiceId));
}
