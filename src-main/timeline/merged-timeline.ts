import { formatFrenchDate } from '../../src-shared/dates/french-date';
import { categoryOfEvent, type TimelineEntry } from '../../src-shared/domain/timeline-entry';
import { PAYMENT_METHOD_LABELS } from '../../src-shared/domain/ledger';
import { formatEuros } from '../../src-shared/money/format-amount';
import { loadCreditNotes, loadInvoices, loadPayments } from '../ledger/ledger-queries';
import type { Queryable } from '../workspace/service-context';
import { listEvents } from './timeline-repository';

// An item typed in the app already has its line in the log (with who typed
// it); an imported one (FEC, spreadsheet, demo) has none, so the ledger gives
// it a line on its own date.
const typedInApp = (item: { source: string }) => item.source === 'manual';

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * A debtor's whole story, oldest first: its timeline log (relances with
 * their content, calls, promises, plans, disputes, legal steps) merged by
 * date with the invoices, payments and credit notes imported into its ledger.
 */
export async function mergedTimeline(db: Queryable, debtorId: number): Promise<TimelineEntry[]> {
  const [events, invoices, payments, notes] = await Promise.all([
    listEvents(db, debtorId),
    loadInvoices(db, debtorId),
    loadPayments(db, debtorId),
    loadCreditNotes(db, debtorId),
  ]);
  const entries: TimelineEntry[] = [];
  for (const invoice of invoices.filter((item) => !typedInApp(item))) {
    entries.push({
      key: `invoice-${invoice.id}`,
      on: invoice.issueDate,
      at: null,
      category: 'factures',
      summary:
        `Facture ${invoice.number} émise, ${formatEuros(invoice.amountInclTaxCents)} TTC, ` +
        `échéance ${formatFrenchDate(invoice.dueDate)}`,
      actor: null,
      amountCents: invoice.amountInclTaxCents,
      content: null,
      outputPath: null,
    });
  }
  for (const payment of payments.filter((item) => !typedInApp(item))) {
    const numbers = payment.allocations
      .map((allocation) => invoices.find((invoice) => invoice.id === allocation.invoiceId)?.number)
      .filter(Boolean);
    entries.push({
      key: `payment-${payment.id}`,
      on: payment.date,
      at: null,
      category: 'reglements',
      summary:
        `Règlement reçu (${PAYMENT_METHOD_LABELS[payment.method].toLowerCase()}), ` +
        `${formatEuros(payment.amountCents)}${numbers.length > 0 ? ` sur ${numbers.join(', ')}` : ' sur compte'}`,
      actor: null,
      amountCents: payment.amountCents,
      content: null,
      outputPath: null,
    });
  }
  for (const note of notes.filter((item) => !typedInApp(item))) {
    entries.push({
      key: `credit-note-${note.id}`,
      on: note.date,
      at: null,
      category: 'reglements',
      summary:
        `Avoir ${note.number}, ` +
        `${formatEuros(note.amountCents)}${note.reason ? ` : ${note.reason}` : ''}`,
      actor: null,
      amountCents: note.amountCents,
      content: null,
      outputPath: null,
    });
  }
  for (const event of events) {
    const details = event.details;
    const relance = event.kind === 'relance_done';
    entries.push({
      key: `event-${event.id}`,
      on: event.occurredAt.slice(0, 10),
      at: event.occurredAt,
      category: categoryOfEvent(event.kind, details.channel),
      summary: event.summary,
      actor: event.actor,
      amountCents: null,
      content: relance
        ? {
            subject: text(details.subject),
            body: text(details.body),
            recipient: text(details.recipient),
          }
        : null,
      outputPath: text(details.outputPath) ?? text(details.path),
    });
  }
  return entries.sort((a, b) => a.on.localeCompare(b.on) || (a.at ?? '').localeCompare(b.at ?? ''));
}
