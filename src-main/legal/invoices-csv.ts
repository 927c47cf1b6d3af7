import { formatFrenchDate } from '../../src-shared/dates/french-date';
import type { DebtorClaim } from '../../src-shared/legal/debtor-claim';
import type { ClaimInvoiceInput } from '../../src-shared/legal/invoice-claim';
import { formatAmountPlain } from '../../src-shared/money/format-amount';

const HEADER = [
  'Numéro',
  'Date',
  'Échéance',
  'Montant TTC',
  'Réglé',
  'Avoirs',
  'Reste dû',
  'Pénalités ou intérêts',
  'Indemnité forfaitaire',
  'En litige',
  'Réclamée',
  'Dernier jour pour agir',
];

// Excel in France opens a CSV with « ; » between fields, a decimal comma and a BOM for UTF-8.
/** The debtor's invoices as a CSV a spreadsheet opens directly, one line per invoice. */
export function invoicesCsv(invoices: readonly ClaimInvoiceInput[], claim: DebtorClaim): string {
  const lines = [HEADER];
  for (const invoice of invoices) {
    const claimed = claim.invoices.find((item) => item.invoiceId === invoice.id);
    const paid = invoice.payments
      .filter((payment) => payment.date <= claim.computedOn)
      .reduce((total, payment) => total + payment.amountCents, 0);
    const open = Math.max(invoice.amountInclTaxCents - invoice.creditedCents - paid, 0);
    lines.push([
      invoice.number,
      formatFrenchDate(invoice.issueDate),
      formatFrenchDate(invoice.dueDate),
      formatAmountPlain(invoice.amountInclTaxCents),
      formatAmountPlain(paid),
      formatAmountPlain(invoice.creditedCents),
      formatAmountPlain(open),
      claimed ? formatAmountPlain(claimed.accruedCents) : '',
      claimed ? formatAmountPlain(claimed.indemnity.amountCents) : '',
      invoice.disputed ? 'oui' : 'non',
      claim.claimedInvoiceIds.includes(invoice.id) ? 'oui' : 'non',
      claimed ? formatFrenchDate(claimed.prescription.lastDayToAct) : '',
    ]);
  }
  return `\ufeff${lines.map((fields) => fields.map(csvField).join(';')).join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
