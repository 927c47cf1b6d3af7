import { formatFrenchDate, formatLongFrenchDate } from '../../src-shared/dates/french-date';
import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { Company } from '../../src-shared/domain/company';
import { debtorDisplayName, type Debtor } from '../../src-shared/domain/debtor';
import type { PaymentPlan } from '../../src-shared/domain/payment-plan';
import { formatEuros } from '../../src-shared/money/format-amount';
import { formatIban } from '../../src-shared/validators/iban';
import { companyFooter, companyLetterhead } from '../documents/company-letterhead';
import type { DocumentSpec } from '../documents/document-blocks';

/** An invoice of the plan with what was open on it when the plan was written. */
export interface PlanInvoiceLine {
  number: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  openCents: number;
}

function party(name: string, lines: (string | null | undefined)[]): string {
  return [name, ...lines.filter(Boolean)].join(', ');
}

/**
 * The échéancier agreement to sign: the parties, the debt acknowledged
 * invoice by invoice, the installments, payment details, and the usual
 * clause that a missed installment makes the whole balance due again.
 */
export function planAgreementSpec(input: {
  company: Company;
  debtor: Debtor;
  plan: PaymentPlan;
  invoices: PlanInvoiceLine[];
  today: CalendarDate;
}): DocumentSpec {
  const { company, debtor, plan, invoices } = input;
  const debtCents = invoices.reduce((total, invoice) => total + invoice.openCents, 0);
  const totalCents = plan.installments.reduce(
    (total, installment) => total + installment.amountCents,
    0,
  );
  const debtorName = debtorDisplayName(debtor);
  return {
    title: `Échéancier de paiement – ${debtorName}`,
    letterhead: companyLetterhead(company),
    placeAndDate: `${company.city ? `À ${company.city}, le` : 'Le'} ${formatLongFrenchDate(input.today)}`,
    subject: 'Accord d’échéancier de paiement',
    blocks: [
      { kind: 'heading', text: 'Entre les soussignés', level: 2 },
      {
        kind: 'paragraph',
        text:
          party(company.legalName, [
            company.legalForm,
            company.siren ? `SIREN ${company.siren}` : null,
            company.addressLine1,
            [company.postalCode, company.city].filter(Boolean).join(' '),
          ]) + ', ci-après « le créancier »,',
      },
      {
        kind: 'paragraph',
        text:
          party(debtorName, [
            debtor.legalForm,
            debtor.siren ? `SIREN ${debtor.siren}` : null,
            debtor.addressLine1,
            `${debtor.postalCode} ${debtor.city}`,
          ]) + ', ci-après « le débiteur ».',
      },
      { kind: 'heading', text: '1. Reconnaissance de dette', level: 2 },
      {
        kind: 'paragraph',
        text:
          `Le débiteur reconnaît devoir au créancier la somme de ${formatEuros(debtCents)} au titre ` +
          'des factures suivantes :',
      },
      {
        kind: 'table',
        header: ['Facture', 'Date', 'Échéance', 'Reste dû'],
        rows: invoices.map((invoice) => [
          invoice.number,
          formatFrenchDate(invoice.issueDate),
          formatFrenchDate(invoice.dueDate),
          formatEuros(invoice.openCents),
        ]),
        numericColumns: [3],
        footer: ['Total', '', '', formatEuros(debtCents)],
      },
      { kind: 'heading', text: '2. Échéances', level: 2 },
      {
        kind: 'paragraph',
        text: `Le débiteur s’engage à régler ${formatEuros(totalCents)} selon l’échéancier suivant :`,
      },
      {
        kind: 'table',
        header: ['Échéance n°', 'Date', 'Montant'],
        rows: plan.installments.map((installment, index) => [
          String(index + 1),
          formatFrenchDate(installment.dueOn),
          formatEuros(installment.amountCents),
        ]),
        numericColumns: [2],
        footer: ['Total', '', formatEuros(totalCents)],
      },
      {
        kind: 'paragraph',
        text: company.iban
          ? `Chaque échéance est réglée par virement sur le compte IBAN ${formatIban(company.iban)}` +
            `${company.bic ? ` (BIC ${company.bic})` : ''}, en rappelant les numéros de factures.`
          : 'Chaque échéance est réglée par virement, en rappelant les numéros de factures.',
      },
      { kind: 'heading', text: '3. Défaut de paiement', level: 2 },
      {
        kind: 'paragraph',
        text:
          'À défaut de paiement d’une seule échéance à sa date, et huit jours après une mise en ' +
          'demeure restée sans effet, la totalité des sommes restant dues deviendra immédiatement ' +
          'exigible et le créancier pourra en poursuivre le recouvrement par toute voie de droit.',
      },
      {
        kind: 'paragraph',
        text:
          'Tant que les échéances sont respectées, le créancier suspend toute relance et toute ' +
          'procédure pour les factures ci-dessus.',
      },
      ...(plan.note ? [{ kind: 'paragraph' as const, text: plan.note }] : []),
      {
        kind: 'paragraph',
        text: `Fait en deux exemplaires, le ${formatLongFrenchDate(input.today)}.`,
      },
      {
        kind: 'table',
        header: [`Pour ${company.legalName}`, `Pour ${debtorName}`],
        rows: [
          ['« Lu et approuvé », date et signature', '« Lu et approuvé, bon pour accord »'],
          ['', 'date et signature'],
          ['', ''],
        ],
      },
    ],
    footer: companyFooter(company),
  };
}
