import { describe, expect, it } from 'vitest';
import type { CreditNote, Invoice, Payment } from '../../../src-shared/domain/ledger';
import { ageBucket, agedBalance } from '../../../src-shared/reporting/aged-balance';

const invoice = (
  id: number,
  dueDate: string,
  cents: number,
  issueDate = '2026-01-01',
): Invoice => ({
  id,
  debtorId: 1,
  number: `F${id}`,
  issueDate,
  dueDate,
  amountExclTaxCents: cents,
  vatCents: 0,
  amountInclTaxCents: cents,
  currency: 'EUR',
  paymentTerms: null,
  source: 'manual',
  createdAt: '',
});

const payment = (date: string, cents: number, allocations: Payment['allocations']): Payment => ({
  id: 1,
  debtorId: 1,
  date,
  amountCents: cents,
  method: 'virement',
  reference: null,
  allocations,
  source: 'manual',
  createdAt: '',
});

describe('agedBalance', () => {
  it('places each open amount in the bucket of its lateness on the day', () => {
    const invoices = [
      invoice(1, '2026-12-10', 10000),
      invoice(2, '2026-11-20', 20000),
      invoice(3, '2026-10-15', 30000),
      invoice(4, '2026-09-20', 40000),
      invoice(5, '2026-06-30', 50000),
    ];

    // On 03/12/2026: 1 not due; 2 is 13 days late; 3 is 49; 4 is 74; 5 is 156.
    const result = agedBalance({ invoices, payments: [], creditNotes: [] }, '2026-12-03');

    expect(result.buckets).toEqual({
      notDue: 10000,
      days1to30: 20000,
      days31to60: 30000,
      days61to90: 40000,
      over90: 50000,
    });
    expect(result.totalCents).toBe(150000);
  });

  it('counts only what had happened by the date asked', () => {
    const invoices = [
      invoice(1, '2026-10-31', 100000),
      invoice(2, '2026-12-31', 5000, '2026-12-01'),
    ];
    const payments = [
      payment('2026-11-15', 60000, [{ invoiceId: 1, amountCents: 60000 }]),
      payment('2026-11-25', 40000, [{ invoiceId: 1, amountCents: 40000 }]),
    ];
    const creditNotes: CreditNote[] = [];

    const mid = agedBalance({ invoices, payments, creditNotes }, '2026-11-20');
    const later = agedBalance({ invoices, payments, creditNotes }, '2026-11-30');

    expect(mid.buckets.days1to30).toBe(40000);
    expect(mid.totalCents).toBe(40000);
    expect(later.totalCents).toBe(0);
  });

  it('keeps unallocated payments and credit notes apart from the buckets', () => {
    const result = agedBalance(
      {
        invoices: [invoice(1, '2026-11-30', 10000)],
        payments: [payment('2026-11-01', 3000, [])],
        creditNotes: [
          {
            id: 1,
            debtorId: 1,
            number: 'AV1',
            date: '2026-11-02',
            amountCents: 2000,
            invoiceId: 1,
            reason: null,
            source: 'manual',
            createdAt: '',
          },
        ],
      },
      '2026-12-03',
    );

    expect(result.buckets.days1to30).toBe(8000);
    expect(result.unallocatedCents).toBe(3000);
  });

  it('puts the limits of each bucket where a bookkeeper expects them', () => {
    expect([0, 1, 30, 31, 60, 61, 90, 91].map(ageBucket)).toEqual([
      'notDue',
      'days1to30',
      'days1to30',
      'days31to60',
      'days31to60',
      'days61to90',
      'days61to90',
      'over90',
    ]);
  });
});
