import { addDays, daysBetween, type CalendarDate } from '../dates/calendar-date';
import { formatFrenchDate, formatLongFrenchDate } from '../dates/french-date';
import { nextBusinessDay } from '../dates/french-holidays';
import type { Company } from '../domain/company';
import { debtorDisplayName, type DebtorInput } from '../domain/debtor';
import type { PartialPayment } from '../legal/accrual-lines';
import { latePaymentPenalties } from '../legal/late-payment-penalties';
import type { RateTables } from '../legal/rate-tables';
import { recoveryIndemnity } from '../legal/recovery-indemnity';
import type { Cents } from '../money/cents';
import { formatEuros } from '../money/format-amount';
import { formatIban } from '../validators/iban';
import { openingSalutation } from './salutation';
import type { TemplateValues } from './template-fields';

/** An invoice a relance concerns, with what settled part of it (payments and credit notes). */
export interface MessageInvoice {
  id: number;
  number: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  amountInclTaxCents: Cents;
  openCents: Cents;
  settlements: PartialPayment[];
}

/** Everything a relance message is written from. */
export interface MessageContext {
  today: CalendarDate;
  company: Company;
  debtor: Pick<
    DebtorInput,
    'kind' | 'name' | 'firstName' | 'addressLine1' | 'addressLine2' | 'postalCode' | 'city'
  >;
  contactName: string | null;
  invoices: MessageInvoice[];
  /** The rate tables for the penalties; null when they could not be read. */
  rateTables: RateTables | null;
  deadlineDays: number;
}

/** The template values with the figures behind them and what the user should know. */
export interface MessageFigures {
  values: TemplateValues;
  amountCents: Cents;
  /** Null when a rate is missing: the letter then says « à parfaire ». */
  penaltiesCents: Cents | null;
  indemnityCents: Cents;
  maxDaysOverdue: number;
  /** Rows of the invoice table of a letter: n°, date, échéance, TTC, reste dû, retard. */
  invoiceRows: string[][];
  warnings: string[];
}

function lateness(invoice: MessageInvoice, today: CalendarDate): string {
  const late = daysBetween(invoice.dueDate, today);
  if (late > 0) return `${late} jour${late > 1 ? 's' : ''} de retard`;
  if (late === 0) return 'échéance aujourd’hui';
  return `échéance dans ${-late} jour${late < -1 ? 's' : ''}`;
}

/**
 * The value of every template field for one debtor and its invoices. The
 * penalties (C. com. L441-10) and the 40 € indemnity (D441-5) are computed
 * only for a professional debtor; when a rate is missing the amount is left
 * « à parfaire » and a warning says why.
 */
export function messageFigures(context: MessageContext): MessageFigures {
  const { today, company, debtor } = context;
  const warnings: string[] = [];
  const business = debtor.kind === 'entreprise';
  const overdue = context.invoices.filter((invoice) => invoice.dueDate < today);
  const amountCents = context.invoices.reduce((total, invoice) => total + invoice.openCents, 0);
  const maxDaysOverdue = Math.max(0, ...overdue.map((i) => daysBetween(i.dueDate, today)));

  let penaltiesCents: Cents | null = 0;
  let indemnityCents = 0;
  if (business) {
    for (const invoice of overdue) {
      indemnityCents += recoveryIndemnity({
        debtorKind: debtor.kind,
        dueDate: invoice.dueDate,
        settledOn: null,
        computedOn: today,
      }).amountCents;
      if (penaltiesCents === null) continue;
      if (context.rateTables === null) {
        penaltiesCents = null;
        warnings.push('Les tables de taux sont illisibles : pénalités non chiffrées.');
        continue;
      }
      const result = latePaymentPenalties(context.rateTables, {
        dueDate: invoice.dueDate,
        amountInclTaxCents: invoice.amountInclTaxCents,
        payments: invoice.settlements,
        computedOn: today,
        rate: { kind: 'statutory' },
      });
      if (result.ok) penaltiesCents += result.totalCents;
      else {
        penaltiesCents = null;
        warnings.push(`Pénalités non chiffrées : ${result.error.message}`);
      }
    }
  }

  const bank = company.iban
    ? `IBAN ${formatIban(company.iban)}${company.bic ? ` · BIC ${company.bic}` : ''}`
    : '';
  if (!bank) warnings.push('Votre IBAN n’est pas renseigné (Mon entreprise).');
  const penalties = penaltiesCents === null ? 'à parfaire' : formatEuros(penaltiesCents);
  const total =
    penaltiesCents === null
      ? `${formatEuros(amountCents + indemnityCents)} (hors pénalités, à parfaire)`
      : formatEuros(amountCents + indemnityCents + penaltiesCents);
  const oldest = [...context.invoices].sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
  const name = debtorDisplayName(debtor);

  const values: TemplateValues = {
    debiteur: name,
    adresse_debiteur: [
      debtor.addressLine1,
      debtor.addressLine2,
      `${debtor.postalCode} ${debtor.city}`,
    ]
      .filter(Boolean)
      .join(', '),
    contact: context.contactName ?? (business ? 'Madame, Monsieur' : name),
    formule_appel: openingSalutation(debtor.kind, name, context.contactName),
    liste_factures: context.invoices
      .map(
        (invoice) =>
          `- Facture ${invoice.number} du ${formatFrenchDate(invoice.issueDate)}, échéance ` +
          `${formatFrenchDate(invoice.dueDate)} : ${formatEuros(invoice.openCents)} restant dû ` +
          `(${lateness(invoice, today)})`,
      )
      .join('\n'),
    nombre_factures: String(context.invoices.length),
    factures_echues: dueInvoicesPhrase(context.invoices.length, amountCents, oldest, today),
    montant_du: formatEuros(amountCents),
    jours_retard: String(maxDaysOverdue),
    echeance_plus_ancienne: oldest ? formatFrenchDate(oldest.dueDate) : '',
    penalites: business ? penalties : formatEuros(0),
    indemnite_forfaitaire: formatEuros(indemnityCents),
    total_reclame: total,
    mention_penalites:
      business && overdue.length > 0
        ? penaltySentence(penalties, indemnityCents, overdue.length)
        : '',
    coordonnees_bancaires: bank || 'coordonnées bancaires sur nos factures',
    // A deadline falling on a day off runs to the next working day, as the mise en demeure's.
    date_limite: formatLongFrenchDate(nextBusinessDay(addDays(today, context.deadlineDays))),
    date_du_jour: formatLongFrenchDate(today),
    entreprise: company.legalName,
    telephone_entreprise: company.phone ?? '',
    email_entreprise: company.email ?? '',
    signataire: company.contactName ?? company.legalName,
  };
  const invoiceRows = context.invoices.map((invoice) => {
    const late = daysBetween(invoice.dueDate, today);
    return [
      invoice.number,
      formatFrenchDate(invoice.issueDate),
      formatFrenchDate(invoice.dueDate),
      formatEuros(invoice.amountInclTaxCents),
      formatEuros(invoice.openCents),
      late > 0 ? `${late} j` : 'à échoir',
    ];
  });
  return {
    values,
    amountCents,
    penaltiesCents,
    indemnityCents,
    maxDaysOverdue,
    invoiceRows,
    warnings,
  };
}

// « votre facture de 300,00 € est échue depuis le 25/11/2026 », agreed with the number of
// invoices, for a text that must read right whether it concerns one invoice or several.
function dueInvoicesPhrase(
  count: number,
  amountCents: Cents,
  oldest: MessageInvoice | undefined,
  today: CalendarDate,
): string {
  const several = count > 1;
  const what = several
    ? `vos ${count} factures (${formatEuros(amountCents)})`
    : `votre facture de ${formatEuros(amountCents)}`;
  if (!oldest) return what;
  const on = formatFrenchDate(oldest.dueDate);
  if (oldest.dueDate < today)
    return `${what} ${several ? 'sont échues' : 'est échue'} depuis le ${on}`;
  if (oldest.dueDate === today) {
    return `${what} ${several ? 'arrivent' : 'arrive'} à échéance aujourd’hui`;
  }
  return several
    ? `${what} arrivent à échéance à partir du ${on}`
    : `${what} arrive à échéance le ${on}`;
}

function penaltySentence(penalties: string, indemnityCents: Cents, count: number): string {
  const amount = penalties === 'à parfaire' ? 'montant à parfaire' : `soit ${penalties} à ce jour`;
  return (
    'Conformément à l’article L441-10 du Code de commerce, ce retard fait courir de plein droit ' +
    `des pénalités au taux de la BCE majoré de 10 points (${amount}), ainsi qu’une indemnité ` +
    `forfaitaire pour frais de recouvrement de 40 € par facture (art. D441-5), soit ` +
    `${formatEuros(indemnityCents)} pour ${count} facture${count > 1 ? 's' : ''}.`
  );
}
