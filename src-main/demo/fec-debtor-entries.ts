import type { CalendarDate } from '../../src-shared/dates/calendar-date';
import { debtorDisplayName } from '../../src-shared/domain/debtor';
import { PAYMENT_METHOD_LABELS } from '../../src-shared/domain/ledger';
import type { Cents } from '../../src-shared/money/cents';
import type { DemoCreditNote, DemoDebtor, DemoInvoice, DemoPayment } from './demo-types';
import { ACCOUNTS, type FecAccount, type FecEntry, type FecLine } from './fec-format';
import { LetteringGroups, type LedgerItemId, type Letter } from './fec-lettering';

/** The fiscal year a FEC covers, both days included. */
export interface FiscalYear {
  start: CalendarDate;
  end: CalendarDate;
}

/** What one debtor adds to the FEC: its open items brought forward and its entries of the year. */
export interface DebtorFecEntries {
  /** 411 debit lines of the opening entry, one per invoice still open at the start. */
  openingLines: FecLine[];
  entries: FecEntry[];
}

// What the lines of one debtor share: its customer account and the letters of its items.
interface Account {
  auxNumber: string;
  auxLabel: string;
  letters: ReadonlyMap<LedgerItemId, Letter>;
}

/**
 * The debtor's ledger as FEC lines for one fiscal year. Invoices issued earlier and still open at
 * the start come back as opening lines for what remained then; invoices, payments and credit
 * notes of the year become VE and BQ entries. Anything after the year end is left out.
 */
export function debtorFecEntries(item: DemoDebtor, year: FiscalYear): DebtorFecEntries {
  const inYear = (date: CalendarDate) => date >= year.start && date <= year.end;
  const payments = item.payments.filter((payment) => inYear(payment.date));
  const creditNotes = item.creditNotes.filter((note) => inYear(note.date));
  const { broughtForward, letters } = letterDebtor(item, year);
  const account: Account = {
    auxNumber: item.debtor.externalRef,
    auxLabel: debtorDisplayName(item.debtor),
    letters,
  };

  const openingLines: FecLine[] = [];
  const entries: FecEntry[] = [];
  for (const invoice of item.invoices) {
    const remaining = broughtForward.get(invoice.key);
    if (remaining !== undefined) openingLines.push(openingLine(account, invoice, remaining));
    else if (inYear(invoice.issueDate)) entries.push(invoiceEntry(account, invoice));
  }
  for (const note of creditNotes) entries.push(creditNoteEntry(account, note));
  for (const payment of payments) entries.push(paymentEntry(account, payment));

  entries.sort((left, right) => (left.date < right.date ? -1 : left.date > right.date ? 1 : 0));
  return { openingLines, entries };
}

// What was left on each earlier invoice at the start of the year, and the letters of the items
// in the file: a group is lettered once all its invoices are settled by the year end.
function letterDebtor(
  item: DemoDebtor,
  year: FiscalYear,
): { broughtForward: Map<string, Cents>; letters: ReadonlyMap<LedgerItemId, Letter> } {
  const settledBefore = new Map<string, Cents>();
  const settledByEnd = new Map<string, Cents>();
  const settle = (invoiceKey: string, date: CalendarDate, amountCents: Cents) => {
    if (date > year.end) return;
    if (date < year.start) add(settledBefore, invoiceKey, amountCents);
    add(settledByEnd, invoiceKey, amountCents);
  };
  for (const payment of item.payments) {
    for (const allocation of payment.allocations) {
      settle(allocation.invoiceKey, payment.date, allocation.amountCents);
    }
  }
  for (const note of item.creditNotes) settle(note.invoiceKey, note.date, note.amountCents);

  const groups = new LetteringGroups();
  const broughtForward = new Map<string, Cents>();
  for (const invoice of item.invoices) {
    if (invoice.issueDate > year.end) continue;
    const id: LedgerItemId = `invoice:${invoice.key}`;
    if (invoice.issueDate < year.start) {
      const remaining = invoice.amountInclTaxCents - (settledBefore.get(invoice.key) ?? 0);
      if (remaining <= 0) continue;
      broughtForward.set(invoice.key, remaining);
      groups.add(id, year.start);
    } else {
      groups.add(id, invoice.issueDate);
    }
    if ((settledByEnd.get(invoice.key) ?? 0) < invoice.amountInclTaxCents) groups.markOpen(id);
  }
  const inYear = (date: CalendarDate) => date >= year.start && date <= year.end;
  for (const payment of item.payments.filter((entry) => inYear(entry.date))) {
    groups.add(`payment:${payment.key}`, payment.date);
    for (const { invoiceKey } of payment.allocations) {
      groups.link(`payment:${payment.key}`, `invoice:${invoiceKey}`);
    }
  }
  for (const note of item.creditNotes.filter((entry) => inYear(entry.date))) {
    groups.add(`credit:${note.key}`, note.date);
    groups.link(`credit:${note.key}`, `invoice:${note.invoiceKey}`);
  }
  return { broughtForward, letters: groups.assignLetters() };
}

function openingLine(account: Account, invoice: DemoInvoice, remaining: Cents): FecLine {
  return customerLine(account, `invoice:${invoice.key}`, {
    pieceRef: invoice.number,
    pieceDate: invoice.issueDate,
    label: `Report facture ${invoice.number} ${account.auxLabel}`,
    debitCents: remaining,
    creditCents: 0,
  });
}

// 411 debit TTC against 706 credit HT and 44571 credit VAT.
function invoiceEntry(account: Account, invoice: DemoInvoice): FecEntry {
  const receivable = customerLine(account, `invoice:${invoice.key}`, {
    pieceRef: invoice.number,
    pieceDate: invoice.issueDate,
    label: `Facture ${invoice.number} ${account.auxLabel}`,
    debitCents: invoice.amountInclTaxCents,
    creditCents: 0,
  });
  const lines = [
    receivable,
    generalLine(ACCOUNTS.services, receivable, 0, invoice.amountExclTaxCents),
  ];
  if (invoice.vatCents !== 0) {
    lines.push(generalLine(ACCOUNTS.collectedVat, receivable, 0, invoice.vatCents));
  }
  return { journal: 'VE', date: invoice.issueDate, lines };
}

// The mirror of an invoice: 411 credit against 706 and 44571 debit.
function creditNoteEntry(account: Account, note: DemoCreditNote): FecEntry {
  const receivable = customerLine(account, `credit:${note.key}`, {
    pieceRef: note.number,
    pieceDate: note.date,
    label: `Avoir ${note.number} ${account.auxLabel}`,
    debitCents: 0,
    creditCents: note.amountCents,
  });
  const lines = [
    receivable,
    generalLine(ACCOUNTS.services, receivable, note.amountExclTaxCents, 0),
  ];
  if (note.vatCents !== 0)
    lines.push(generalLine(ACCOUNTS.collectedVat, receivable, note.vatCents, 0));
  return { journal: 'VE', date: note.date, lines };
}

// 512 debit against 411 credit, one customer line per payment whatever it settles.
function paymentEntry(account: Account, payment: DemoPayment): FecEntry {
  const receivable = customerLine(account, `payment:${payment.key}`, {
    pieceRef: payment.reference ?? payment.key,
    pieceDate: payment.date,
    label: `Règlement ${account.auxLabel} (${PAYMENT_METHOD_LABELS[payment.method]})`,
    debitCents: 0,
    creditCents: payment.amountCents,
  });
  const bank = generalLine(ACCOUNTS.bank, receivable, payment.amountCents, 0);
  return { journal: 'BQ', date: payment.date, lines: [bank, receivable] };
}

function customerLine(
  account: Account,
  id: LedgerItemId,
  fields: Pick<FecLine, 'pieceRef' | 'pieceDate' | 'label' | 'debitCents' | 'creditCents'>,
): FecLine {
  const letter = account.letters.get(id);
  return {
    account: ACCOUNTS.customers,
    auxNumber: account.auxNumber,
    auxLabel: account.auxLabel,
    ...fields,
    lettrage: letter?.code ?? '',
    lettrageDate: letter?.date ?? null,
  };
}

// A line of the same piece on a general account: no customer, no lettrage.
function generalLine(
  account: FecAccount,
  piece: FecLine,
  debitCents: Cents,
  creditCents: Cents,
): FecLine {
  return {
    ...piece,
    account,
    auxNumber: '',
    auxLabel: '',
    debitCents,
    creditCents,
    lettrage: '',
    lettrageDate: null,
  };
}

function add(totals: Map<string, Cents>, key: string, amount: Cents): void {
  totals.set(key, (totals.get(key) ?? 0) + amount);
}
