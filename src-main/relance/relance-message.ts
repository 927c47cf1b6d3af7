import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { Company } from '../../src-shared/domain/company';
import type { Debtor } from '../../src-shared/domain/debtor';
import type { RateTables } from '../../src-shared/legal/rate-tables';
import { callTalkingPoints, objectionAnswers } from '../../src-shared/relance/call-script';
import { messageFigures, type MessageFigures } from '../../src-shared/relance/message-values';
import type { PreparedRelance } from '../../src-shared/relance/relance-view';
import type { ScenarioStep } from '../../src-shared/relance/scenario';
import { describeSmsLength, smsLength, smsText } from '../../src-shared/relance/sms-length';
import { smsRecipient } from '../../src-shared/relance/sms-recipient';
import { renderTemplate } from '../../src-shared/relance/template-fields';
import { isMobilePhone } from '../../src-shared/validators/contact-details';
import { debtorLedgerSnapshot } from '../collection/open-invoices';
import { getCompany } from '../company/company-service';
import { findDebtor } from '../debtors/debtor-service';
import { loadRateTables } from '../legal/legal-tables';
import { createLogger } from '../logging/logger';
import type { Queryable } from '../workspace/service-context';

const log = createLogger('relance');

/** A step's message written for one debtor and some of its invoices. */
export interface ComposedMessage extends Omit<PreparedRelance, 'item'> {
  debtor: Debtor;
  company: Company;
  step: ScenarioStep;
  figures: MessageFigures;
  invoiceIds: number[];
}

async function rateTablesOrNull(db: Queryable): Promise<RateTables | null> {
  try {
    return await loadRateTables(db);
  } catch (error) {
    log.warn('rate tables unavailable', {
      reason: error instanceof Error ? error.name : 'unknown',
    });
    return null;
  }
}

/**
 * Writes a step's subject and body for a debtor: the fields take the
 * debtor's figures (invoices, amounts, penalties where they apply, deadline)
 * and the company's details. Used for the agenda, the batch and the live
 * preview of a template being edited.
 */
export async function composeMessage(
  db: Queryable,
  today: CalendarDate,
  debtorId: number,
  invoiceIds: readonly number[],
  step: ScenarioStep,
): Promise<ComposedMessage> {
  const [debtor, company, snapshot, contacts, rateTables] = await Promise.all([
    findDebtor(db, debtorId),
    getCompany(db),
    debtorLedgerSnapshot(db, debtorId, today),
    db
      .selectFrom('contacts')
      .selectAll()
      .where('debtorId', '=', debtorId)
      .where('archived', '=', 0)
      .orderBy('isPrimary', 'desc')
      .orderBy('name')
      .execute(),
    rateTablesOrNull(db),
  ]);
  const invoices = snapshot.invoices
    .filter((invoice) => invoiceIds.includes(invoice.id))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id);
  const contact = contacts[0] ?? null;
  const figures = messageFigures({
    today,
    company,
    debtor,
    contactName: contact?.name ?? null,
    invoices: invoices.map((invoice) => ({
      id: invoice.id,
      number: invoice.number,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      amountInclTaxCents: invoice.amountInclTaxCents,
      openCents: invoice.openCents,
      settlements: snapshot.settlements.get(invoice.id) ?? [],
    })),
    rateTables,
    deadlineDays: step.deadlineDays,
  });
  const subject = renderTemplate(step.subject, figures.values);
  const body = renderTemplate(step.body, figures.values);
  const email = contacts.find((candidate) => candidate.email)?.email ?? debtor.email;
  const phones = [...contacts.map((candidate) => candidate.phone), debtor.phone];
  const mobile = smsRecipient(phones);
  // An SMS goes to the first mobile, even when a contact listed before it has a landline.
  const phone =
    step.channel === 'sms' && mobile.ok
      ? phones.find((candidate) => candidate !== null && isMobilePhone(candidate))
      : phones.find(Boolean);
  const warnings = [...figures.warnings];
  if (step.channel === 'email' && !email) warnings.push('Aucune adresse e-mail pour ce débiteur.');
  if (step.channel === 'appel' && !phone) {
    warnings.push('Aucun numéro de téléphone pour ce débiteur.');
  }
  if (step.channel === 'sms' && !mobile.ok) {
    warnings.push(`Pas d’envoi de SMS possible : ${mobile.reason}.`);
  }
  const sms = step.channel === 'sms' ? smsText(body) : null;
  return {
    debtor,
    company,
    step,
    figures,
    invoiceIds: invoices.map((invoice) => invoice.id),
    subject,
    body,
    recipient: {
      contactName: contact?.name ?? null,
      email: email ?? null,
      phone: phone ?? null,
      address: [
        debtor.addressLine1,
        ...(debtor.addressLine2 ? [debtor.addressLine2] : []),
        `${debtor.postalCode} ${debtor.city}`,
      ],
    },
    sms:
      sms === null
        ? null
        : { text: sms, length: smsLength(sms), description: describeSmsLength(smsLength(sms)) },
    call:
      step.channel === 'appel'
        ? {
            talkingPoints: callTalkingPoints(body, figures.values),
            objections: objectionAnswers(figures.values, figures.amountCents),
          }
        : null,
    amounts: {
      amountCents: figures.amountCents,
      penaltiesCents: figures.penaltiesCents,
      indemnityCents: figures.indemnityCents,
    },
    warnings,
  };
}
