import { isCalendarDate } from '../../src-shared/dates/calendar-date';
import { bankLabelName } from './contact-details';
import { drawCreditNotesAndDisputes } from './credit-notes';
import { generateDemoCreditor } from './creditor-company';
import { generateDebtorIdentity } from './debtor-identity';
import type { DemoCompany, DemoDebtor, DemoOptions } from './demo-types';
import { createDocumentNumbering } from './document-numbering';
import { drawPaymentTerms, generateInvoices } from './invoices';
import { buildIssueCalendar } from './issue-calendar';
import { behaviourForDebtor, type PaymentBehaviour } from './payment-behaviour';
import { simulatePayments, type PayerHabits } from './payments';
import { createRandom, deriveSeed, type Random } from './random';

const DEFAULT_INVOICES_PER_DEBTOR = 10;
const DEBTOR_STREAM = 0xdeb7;

/** The creditor and every debtor at once; for large scales prefer `iterateDemoDebtors`. */
export function generateDemoCompany(options: DemoOptions): DemoCompany {
  return { company: generateDemoCreditor(options.seed), debtors: [...iterateDemoDebtors(options)] };
}

/**
 * The debtors one at a time, so 10,000 of them never sit in memory together. Each debtor draws
 * from its own seeded stream: debtor n comes out the same whatever the number asked for.
 */
export function* iterateDemoDebtors(options: DemoOptions): Generator<DemoDebtor, void, undefined> {
  const { seed, debtors, today } = options;
  const invoicesPerDebtor = options.invoicesPerDebtor ?? DEFAULT_INVOICES_PER_DEBTOR;
  checkOptions(seed, debtors, invoicesPerDebtor, today);

  const calendar = buildIssueCalendar(today);
  const numbering = createDocumentNumbering();
  for (let index = 0; index < debtors; index += 1) {
    const random = createRandom(deriveSeed(seed, DEBTOR_STREAM, index));
    const behaviour = behaviourForDebtor(seed, index);
    const { debtor, contacts, preferredMethod } = generateDebtorIdentity(random, index, behaviour);
    const { externalRef } = debtor;

    const invoices = generateInvoices(
      random,
      calendar,
      numbering,
      {
        externalRef,
        kind: debtor.kind,
        sizeClass: debtor.sizeClass,
        sector: debtor.sector,
        terms: drawPaymentTerms(random, debtor.sizeClass),
      },
      invoicesPerDebtor,
    );
    const { creditNotes, disputedInvoiceKeys } = drawCreditNotesAndDisputes(
      random,
      numbering,
      invoices,
      behaviour,
      today,
      externalRef,
    );
    const habits: PayerHabits = {
      behaviour,
      method: preferredMethod,
      bankName: bankLabelName(
        debtor.kind === 'particulier' ? `${debtor.firstName} ${debtor.name}` : debtor.name,
      ),
      run: drawPaymentRun(random, behaviour, debtor.kind === 'entreprise'),
    };
    const payments = simulatePayments(
      random,
      habits,
      invoices,
      creditNotes,
      disputedInvoiceKeys,
      today,
      externalRef,
    );

    yield { debtor, contacts, invoices, payments, creditNotes, behaviour, disputedInvoiceKeys };
  }
}

// Large accounts pay in a monthly run; some punctual firms in a weekly one.
function drawPaymentRun(
  random: Random,
  behaviour: PaymentBehaviour,
  isFirm: boolean,
): PayerHabits['run'] {
  if (behaviour === 'slowLargeAccount') return 'monthly';
  if (behaviour === 'punctual' && isFirm && random.chance(0.4)) return 'weekly';
  return null;
}

function checkOptions(seed: number, debtors: number, invoicesPerDebtor: number, today: string) {
  if (!Number.isSafeInteger(seed))
    throw new RangeError(`demo: seed must be an integer, got ${seed}`);
  if (!Number.isSafeInteger(debtors) || debtors < 0) {
    throw new RangeError(`demo: debtors must be a whole number, got ${debtors}`);
  }
  if (!Number.isSafeInteger(invoicesPerDebtor) || invoicesPerDebtor < 1) {
    throw new RangeError(`demo: invoicesPerDebtor must be at least 1, got ${invoicesPerDebtor}`);
  }
  if (!isCalendarDate(today)) throw new RangeError(`demo: today must be YYYY-MM-DD, got ${today}`);
}
