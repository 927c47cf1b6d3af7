import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openItemsAsOf } from '../../../src-shared/file-sharing/open-items';
import { AGE_BUCKETS, agedBalance } from '../../../src-shared/reporting/aged-balance';

const invoice = (id: number, issueDate: string, dueDate: string, amount: number) => ({
  id,
  debtorId: 1,
  number: `F${id}`,
  issueDate,
  dueDate,
  amountInclTaxCents: amount,
});

describe('openItemsAsOf', () => {
  it('lists what is left on each invoice that day, with its lateness and bucket', () => {
    const items = openItemsAsOf(
      {
        invoices: [
          invoice(1, '2026-08-01', '2026-08-31', 120000),
          invoice(2, '2026-11-01', '2026-12-01', 60000),
          invoice(3, '2026-11-15', '2026-12-15', 30000),
          invoice(4, '2026-12-10', '2027-01-10', 99900),
        ],
        payments: [
          { date: '2026-11-20', allocations: [{ invoiceId: 1, amountCents: 20000 }] },
          { date: '2026-12-05', allocations: [{ invoiceId: 2, amountCents: 60000 }] },
        ],
        creditNotes: [{ date: '2026-12-01', amountCents: 30000, invoiceId: 3 }],
      },
      '2026-12-03',
    );

    expect(
      items.map(({ number, openCents, daysOverdue, bucket }) => [
        number,
        openCents,
        daysOverdue,
        bucket,
      ]),
    ).toEqual([
      ['F1', 100000, 94, 'over90'],
      ['F2', 60000, 2, 'days1to30'],
    ]);
  });

  it('adds up, bucket by bucket, to the aged balance of the same day', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((offset) => {
      const date = new Date(Date.UTC(2026, 0, 1 + offset));
      return date.toISOString().slice(0, 10);
    });
    const ledger = fc
      .array(fc.tuple(day, fc.integer({ min: 0, max: 90 }), fc.integer({ min: 1, max: 500_000 })), {
        minLength: 1,
        maxLength: 12,
      })
      .chain((rows) => {
        const invoices = rows.map(([issue, term, amount], index) => {
          const due = new Date(Date.parse(`${issue}T00:00:00Z`) + term * 86_400_000);
          return invoice(index + 1, issue, due.toISOString().slice(0, 10), amount);
        });
        const share = fc.record({
          invoiceId: fc.integer({ min: 1, max: invoices.length }),
          amountCents: fc.integer({ min: 1, max: 300_000 }),
        });
        return fc.record({
          invoices: fc.constant(invoices),
          payments: fc.array(
            fc.record({
              date: day,
              amountCents: fc.constant(0),
              allocations: fc.array(share, { maxLength: 3 }),
            }),
            { maxLength: 6 },
          ),
          creditNotes: fc.array(
            fc.record({
              date: day,
              amountCents: fc.integer({ min: 1, max: 100_000 }),
              invoiceId: fc.option(fc.integer({ min: 1, max: invoices.length }), { nil: null }),
            }),
            { maxLength: 4 },
          ),
        });
      });

    fc.assert(
      fc.property(ledger, day, (generated, asOf) => {
        const items = openItemsAsOf(generated, asOf);
        const balance = agedBalance(generated, asOf);
        for (const bucket of AGE_BUCKETS) {
          const sum = items
            .filter((item) => item.bucket === bucket)
            .reduce((total, item) => total + item.openCents, 0);
          expect(sum).toBe(balance.buckets[bucket]);
        }
      }),
    );
  });
});
