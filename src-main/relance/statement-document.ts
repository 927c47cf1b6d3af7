import { formatFrenchDate, formatLongFrenchDate } from '../../src-shared/dates/french-date';
import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { computeDebtorBalance, computeInvoiceStatuses } from '../../src-shared/domain/balances';
import { debtorDisplayName } from '../../src-shared/domain/debtor';
import { PAYMENT_METHOD_LABELS } from '../../src-shared/domain/ledger';
import { formatEuros } from '../../src-shared/money/format-amount';
import { formatIban } from '../../src-shared/validators/iban';
import { getCompany } from '../company/company-service';
import { companyFooter, companyLetterhead } from '../documents/company-letterhead';
import type { DocumentBlock, DocumentSpec } from '../documents/document-blocks';
import { findDebtor } from '../debtors/debtor-service';
import { loadCreditNotes, loadInvoices, loadPayments } from '../ledger/ledger-queries';
import type { Queryable } from '../workspace/service-context';

/**
 * A debtor's relevé de compte as of a date: what was invoiced, paid and
 * credited up to that day, each invoice still open with its lateness, and
 * the balance. Anything dated after the day is left out, so a statement as
 * of 30 June reads the same whenever it is printed.
 */
export async function statementSpec(
  db: Queryable,
  debtorId: number,
  asOf: CalendarDate,
  today: CalendarDate,
): Promise<{ spec: DocumentSpec; balanceCents: number }> {
  const [debtor, company, allInvoices, allPayments, allNotes] = await Promise.all([
    findDebtor(db, debtorId),
    getCompany(db),
    loadInvoices(db, debtorId),
    loadPayments(db, debtorId),
    loadCreditNotes(db, debtorId),
  ]);
  const invoices = allInvoices.filter((invoice) => invoice.issueDate <= asOf);
  const payments = allPayments.filter((payment) => payment.date <= asOf);
  const notes = allNotes.filter((note) => note.date <= asOf);
  const statuses = computeInvoiceStatuses(invoices, payments, notes, asOf);
  const balance = computeDebtorBalance(invoices, payments, notes, asOf);

  const open = invoices
    .map((invoice, index) => ({ invoice, status: statuses[index]! }))
    .filter(({ status }) => status.openCents > 0);
  const blocks: DocumentBlock[] = [
    {
      kind: 'paragraph',
      text:
        `Sauf erreur ou omission de notre part, votre compte présente au ` +
        `${formatLongFrenchDate(asOf)} un solde de ${formatEuros(balance.balanceCents)}, ` +
        `dont ${formatEuros(balance.overdueCents)} échus.`,
    },
    { kind: 'heading', text: 'Factures restant dues', level: 2 },
  ];
  if (open.length === 0)
    blocks.push({ kind: 'paragraph', text: 'Aucune facture ouverte à cette date.' });
  else {
    blocks.push({
      kind: 'table',
      header: [
        'Facture',
        'Date',
        'Échéance',
        'Montant TTC',
        'Réglé ou avoir',
        'Reste dû',
        'Retard',
      ],
      rows: open.map(({ invoice, status }) => [
        invoice.number,
        formatFrenchDate(invoice.issueDate),
        formatFrenchDate(invoice.dueDate),
        formatEuros(invoice.amountInclTaxCents),
        formatEuros(status.paidCents + status.creditedCents),
        formatEuros(status.openCents),
        status.daysOverdue > 0 ? `${status.daysOverdue} j` : '—',
      ]),
      numericColumns: [3, 4, 5],
      // In twips of the page's 9 506: a date, « Échéance » and « 123 456,78 € » each fit on one
      // line in small print, even in a font wider than Arial; the invoice number takes the rest
      // (about 24 characters) so that it never breaks either.
      widths: [2726, 1180, 1180, 1200, 1200, 1200, 820],
      compact: true,
      footer: ['Total', '', '', '', '', formatEuros(balance.openCents), ''],
    });
  }
  const recent = payments.slice(-10);
  if (recent.length > 0) {
    blocks.push({ kind: 'heading', text: 'Derniers règlements reçus', level: 2 });
    blocks.push({
      kind: 'table',
      header: ['Date', 'Mode', 'Référence', 'Montant'],
      rows: recent.map((payment) => [
        formatFrenchDate(payment.date),
        PAYMENT_METHOD_LABELS[payment.method],
        payment.reference ?? '',
        formatEuros(payment.amountCents),
      ]),
      numericColumns: [3],
      widths: [12, 14, 44, 16],
    });
  }
  blocks.push({ kind: 'heading', text: 'Récapitulatif', level: 2 });
  blocks.push({
    kind: 'table',
    header: ['Facturé', 'Réglé', 'Avoirs', 'Non affecté', 'Solde'],
    rows: [
      [
        formatEuros(balance.invoicedCents),
        formatEuros(balance.paidCents),
        formatEuros(balance.creditedCents),
        formatEuros(balance.unallocatedCents),
        formatEuros(balance.balanceCents),
      ],
    ],
    numericColumns: [0, 1, 2, 3, 4],
  });
  if (company.iban) {
    blocks.push({
      kind: 'paragraph',
      text:
        `Règlement par virement : IBAN ` +
        `${formatIban(company.iban)}${company.bic ? `, BIC ${company.bic}` : ''}.`,
    });
  }
  const recipient = [debtorDisplayName(debtor), debtor.addressLine1];
  if (debtor.addressLine2) recipient.push(debtor.addressLine2);
  recipient.push(`${debtor.postalCode} ${debtor.city}`);
  return {
    balanceCents: balance.balanceCents,
    spec: {
      title: `Relevé de compte au ${formatFrenchDate(asOf)} – ${debtorDisplayName(debtor)}`,
      letterhead: companyLetterhead(company),
      recipient: { lines: recipient },
      placeAndDate: `${company.city ? `À ${company.city}, le` : 'Le'} ${formatLongFrenchDate(today)}`,
      subject: `Relevé de compte au ${formatFrenchDate(asOf)}`,
      blocks,
      footer: companyFooter(company),
    },
  };
}
