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

/** What the creditor keeps the right to claim besides the plan, as the legal calculator has it. */
export interface ReservedClaim {
  /** Penalties (business) or interest at the taux légal (consumer) accrued on the day. */
  accruedCents: number;
  /** The 40 € indemnities (D441-5), for a business only. */
  indemnityCents: number;
  /** False when a rate is missing: the amounts are then « à parfaire ». */
  complete: boolean;
  asOf: CalendarDate;
}

// The plan settles the principal; without this clause, signing it could read as giving up
// what the law adds to a late payment.
function reservationClause(kind: Debtor['kind'], reserved: ReservedClaim): string | null {
  const asOf = formatFrenchDate(reserved.asOf);
  // « pénalités » agree in the feminine, « intérêts » in the masculine.
  const stopped = kind === 'entreprise' ? 'arrêtées' : 'arrêtés';
  const accrued = reserved.complete
    ? `${formatEuros(reserved.accruedCents)} ${stopped} au ${asOf}`
    : `un montant à parfaire au ${asOf}`;
  if (kind === 'entreprise') {
    return (
      'Le présent échéancier ne vaut pas renonciation du créancier aux pénalités de retard ' +
      `(art. L441-10 du Code de commerce), soit ${accrued}, ni aux indemnités forfaitaires ` +
      `pour frais de recouvrement de 40 € par facture (art. D441-5), soit ` +
      `${formatEuros(reserved.indemnityCents)}. Le créancier se réserve d’en demander le ` +
      'paiement, notamment en cas de défaut du débiteur.'
    );
  }
  if (reserved.complete && reserved.accruedCents === 0) return null;
  return (
    'Le présent échéancier ne vaut pas renonciation du créancier aux intérêts au taux légal ' +
    `courus depuis la mise en demeure, soit ${accrued}, dont il se réserve de demander le ` +
    'paiement, notamment en cas de défaut du débiteur.'
  );
}

function party(name: string, lines: (string | null | undefined)[]): string {
  return [name, ...lines.filter(Boolean)].join(', ');
}

/**
 * The échéancier agreement to sign: the parties, the debt acknowledged
 * invoice by invoice, the installments, payment details, the usual clause
 * that a missed installment makes the whole balance due again, and the
 * reservation of the penalties and indemnities accrued.
 */
export function planAgreementSpec(input: {
  company: Company;
  debtor: Debtor;
  plan: PaymentPlan;
  invoices: PlanInvoiceLine[];
  reserved: ReservedClaim;
  today: CalendarDate;
}): DocumentSpec {
  const { company, debtor, plan, invoices } = input;
  const reservation = reservationClause(debtor.kind, input.reserved);
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
          `Le débiteur reconnaît devoir au créancier la somme de ${formatEuros(debtCents)} au ` +
          `titre ` +
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
        text:
          `Le débiteur s’engage à régler ${formatEuros(totalCents)} selon l’échéancier ` +
          `suivant :`,
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
          ? `Chaque échéance est réglée par virement sur le compte IBAN ` +
            `${formatIban(company.iban)}` +
            `${company.bic ? ` (BIC ${company.bic})` : ''}, en rappelant les numéros de factures.`
          : 'Chaque échéance est réglée par virement, en rappelant les numéros de factures.',
      },
      { kind: 'heading', text: '3. Défaut de paiement', level: 2 },
      {
        kind: 'paragraph',
        text:
          'À défaut de paiement d’une seule échéance à sa date, et huit jours après une mise en ' +
          'demeure restée sans effet, la totalité des sommes restant dues deviendra ' +
          'immédiatement ' +
          'exigible et le créancier pourra en poursuivre le recouvrement par toute voie de droit.',
      },
      {
        kind: 'paragraph',
        text:
          'Tant que les échéances sont respectées, le créancier suspend toute relance et toute ' +
          'procédure pour les factures ci-dessus.',
      },
      ...(reservation
        ? [
            { kind: 'heading' as const, text: '4. Pénalités et indemnités', level: 2 as const },
            { kind: 'paragraph' as const, text: reservation },
          ]
        : []),
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
