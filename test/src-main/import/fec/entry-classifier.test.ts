import { describe, expect, it } from 'vitest';
import { classifyEntry } from '../../../../src-main/import/fec/entry-classifier';
import type { FecEntry, FecLine } from '../../../../src-main/import/fec/types';
import { makeLine } from './fec-fixture';

let nextLine = 2;

/** An entry from `account:debit:credit` triples; lines on 411 get an auxiliary. */
function entry(journalCode: string, spec: string, fields: Partial<FecLine> = {}): FecEntry {
  const lines = spec.split(' ').map((part) => {
    const [account = '', debit = '0', credit = '0'] = part.split(':');
    return makeLine({
      line: nextLine++,
      journalCode,
      accountNumber: account,
      auxiliaryNumber: account.startsWith('411') ? 'CLI' : '',
      debitCents: Number(debit),
      creditCents: Number(credit),
      ...fields,
    });
  });
  const sum = (pick: (line: FecLine) => number) => lines.reduce((t, l) => t + pick(l), 0);
  return {
    journalCode,
    entryNumber: '1',
    lines,
    debitCents: sum((l) => l.debitCents),
    creditCents: sum((l) => l.creditCents),
  };
}

const kinds = (classified: ReturnType<typeof classifyEntry>) => classified.map((c) => c.kind);

describe('classifyEntry', () => {
  it('reads a sale as an invoice with its HT and VAT', () => {
    const [invoice] = classifyEntry(entry('VE', '411000:1200:0 706000:0:1000 445710:0:200'), null);

    expect(invoice).toMatchObject({ kind: 'invoice', amountExclTaxCents: 1000, vatCents: 200 });
  });

  it('leaves HT and VAT unknown when one entry invoices several customer lines', () => {
    const classified = classifyEntry(
      entry('VE', '411000:600:0 411000:600:0 706000:0:1000 445710:0:200'),
      null,
    );

    expect(classified.map((c) => [c.kind, c.amountExclTaxCents, c.vatCents])).toEqual([
      ['invoice', null, null],
      ['invoice', null, null],
    ]);
  });

  it('reads a bank receipt as a payment and a bank payout as a refund', () => {
    expect(kinds(classifyEntry(entry('BQ', '512000:500:0 411000:0:500'), null))).toEqual([
      'payment',
    ]);
    expect(kinds(classifyEntry(entry('BQ', '411000:80:0 512000:0:80'), null))).toEqual(['refund']);
  });

  it('reads cheques to cash in, cash and bills receivable as payments', () => {
    const cheques = entry('RCH', '511200:300:0 411000:0:100 411000:0:200');

    expect(kinds(classifyEntry(cheques, null))).toEqual(['payment', 'payment']);
    expect(kinds(classifyEntry(entry('CA', '530000:5:0 411000:0:5'), null))).toEqual(['payment']);
    expect(kinds(classifyEntry(entry('OD', '413000:9:0 411000:0:9'), null))).toEqual(['payment']);
  });

  it('reads revenue debited against the customer as a credit note, rebates 709 included', () => {
    const note = entry('VE', '411000:0:120 706000:100:0 445710:20:0');
    const rebate = entry('OD', '411000:0:50 709000:50:0');

    expect(kinds(classifyEntry(note, null))).toEqual(['credit-note']);
    expect(kinds(classifyEntry(rebate, null))).toEqual(['credit-note']);
  });

  it('reads write-offs, discounts and transfers between customers as adjustments', () => {
    const writeOff = entry('OD', '654000:45:0 411000:0:45');
    const discount = entry('OD', '665000:10:0 411000:0:10');
    const transfer = entry('OD', '411000:70:0 411000:0:70');

    expect(kinds(classifyEntry(writeOff, null))).toEqual(['adjustment']);
    expect(kinds(classifyEntry(discount, null))).toEqual(['adjustment']);
    expect(kinds(classifyEntry(transfer, null))).toEqual(['adjustment', 'adjustment']);
  });

  it('reads opening entries by journal code, journal label or line label', () => {
    const byCode = entry('RAN', '411000:300:0 890000:0:300');
    const byJournal = entry('OD', '411000:300:0 890000:0:300', { journalLabel: 'À nouveaux' });
    const byLabel = entry('OD', '411000:300:0 890000:0:300', { label: 'Report à nouveau' });

    expect(kinds(classifyEntry(byCode, null))).toEqual(['opening']);
    expect(kinds(classifyEntry(byJournal, null))).toEqual(['opening']);
    expect(kinds(classifyEntry(byLabel, null))).toEqual(['opening']);
  });

  it('trusts a journal named AN-something only on the first day of the exercise', () => {
    const opening = entry('AN1', '411000:300:0 890000:0:300', { entryDate: '2023-01-01' });
    const later = entry('ANA', '411000:300:0 890000:0:300', { entryDate: '2023-03-01' });

    expect(kinds(classifyEntry(opening, '2023-01-01'))).toEqual(['opening']);
    expect(kinds(classifyEntry(later, '2023-01-01'))).toEqual(['adjustment']);
  });

  it('keeps the sale and its cash receipt apart when one entry holds both', () => {
    const cashSale = entry('VE', '411000:120:0 706000:0:100 445710:0:20 530000:120:0 411000:0:120');

    expect(kinds(classifyEntry(cashSale, null))).toEqual(['invoice', 'payment']);
  });

  it('gives nothing for an entry without customer lines', () => {
    expect(classifyEntry(entry('AC', '607000:100:0 401000:0:100'), null)).toEqual([]);
  });
});
