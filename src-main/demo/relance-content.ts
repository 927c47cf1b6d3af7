import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import type { ContactInput } from '../../src-shared/domain/debtor';
import type { RateTables } from '../../src-shared/legal/rate-tables';
import { isLetterChannel } from '../../src-shared/relance/relance-channel';
import { messageFigures, type MessageInvoice } from '../../src-shared/relance/message-values';
import type { Delivery } from '../../src-shared/relance/relance-view';
import type { ScenarioStep } from '../../src-shared/relance/scenario';
import { smsText } from '../../src-shared/relance/sms-length';
import { renderTemplate, usedFields } from '../../src-shared/relance/template-fields';
import { isMobilePhone } from '../../src-shared/validators/contact-details';
import type { DemoCreditor, DemoDebtorRecord } from './demo-types';

/** What a relance sent on a day holds, as the app records it. */
export interface RelanceContent {
  recipient: string | null;
  subject: string | null;
  body: string;
  delivery: Delivery;
}

/** Who the relance is written to and from, and the rates for the penalties. */
export interface ContentParties {
  debtor: DemoDebtorRecord;
  contacts: readonly ContactInput[];
  company: DemoCreditor;
  rateTables: RateTables | null;
}

const RATE_FIELDS = new Set(['penalites', 'total_reclame', 'mention_penalites']);

// Computing the penalties is the costly part of a message. A template without a penalty field
// prints the same text without them, so the rates are only handed over when the step uses one.
const ratesNeeded = new WeakMap<ScenarioStep, boolean>();

function needsRates(step: ScenarioStep): boolean {
  let needed = ratesNeeded.get(step);
  if (needed === undefined) {
    needed = usedFields(`${step.subject}\n${step.body}`).some((field) => RATE_FIELDS.has(field));
    ratesNeeded.set(step, needed);
  }
  return needed;
}

// The contact a message is addressed to is the primary one, else the first by name, as
// composeMessage reads them; an e-mail or a phone falls back on the debtor's own.
function orderedContacts(contacts: readonly ContactInput[]): ContactInput[] {
  return [...contacts].sort(
    (a, b) => Number(b.isPrimary) - Number(a.isPrimary) || (a.name < b.name ? -1 : 1),
  );
}

/**
 * The message of a step written for a debtor on a day, as the app composes and delivers it
 * (relance-message.ts, relance-delivery.ts): the step's templates filled with the figures of
 * that day, the e-mail address, postal address or mobile it goes to. Null when the channel has
 * no recipient (no e-mail address, no mobile for an SMS): the app would refuse to send it.
 */
export function composeRelanceContent(
  parties: ContentParties,
  step: ScenarioStep,
  day: CalendarDate,
  invoices: readonly MessageInvoice[],
): RelanceContent | null {
  const { debtor, company } = parties;
  const contacts = orderedContacts(parties.contacts);
  const sorted = [...invoices].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id);
  const figures = messageFigures({
    today: day,
    company,
    debtor,
    contactName: contacts[0]?.name ?? null,
    invoices: sorted,
    rateTables: needsRates(step) ? parties.rateTables : null,
    deadlineDays: step.deadlineDays,
  });
  const subject = renderTemplate(step.subject, figures.values) || null;
  const body = renderTemplate(step.body, figures.values);

  if (isLetterChannel(step.channel)) {
    const address = [
      debtor.addressLine1,
      debtor.addressLine2,
      `${debtor.postalCode} ${debtor.city}`,
    ]
      .filter(Boolean)
      .join(', ');
    return { recipient: address, subject, body, delivery: 'courrier' };
  }
  if (step.channel === 'email') {
    const email = contacts.find((contact) => contact.email)?.email ?? debtor.email;
    return email ? { recipient: email, subject, body, delivery: 'email_brouillon' } : null;
  }
  if (step.channel === 'sms') {
    // Only a mobile receives an SMS: the first one among the contacts', then the debtor's own.
    const phones = [...contacts.map((contact) => contact.phone), debtor.phone];
    const mobile = phones.find((phone) => phone !== null && isMobilePhone(phone));
    return mobile ? { recipient: mobile, subject, body: smsText(body), delivery: 'sms' } : null;
  }
  return null;
}
