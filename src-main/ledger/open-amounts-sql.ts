import { sql, type RawBuilder } from 'kysely';
import type { CalendarDate } from '../../src-shared/dates/calendar-date';

/**
 * Per-debtor open and overdue totals, computed from invoices, allocations
 * and credit notes on every read (never stored). This is the SQL twin of
 * `computeInvoiceStatuses` in src-shared; a test holds them to the same
 * answers. Yields: debtor_id, open_cents, overdue_cents, max_days_overdue.
 */
export function debtorTotalsSql(today: CalendarDate): RawBuilder<unknown> {
  return sql`
    SELECT
      debtor_id,
      SUM(MAX(open_cents, 0)) AS open_cents,
      SUM(CASE WHEN open_cents > 0 AND due_date < ${today} THEN open_cents ELSE 0 END)
        AS overdue_cents,
      MAX(CASE WHEN open_cents > 0 AND due_date < ${today}
        THEN CAST(julianday(${today}) - julianday(due_date) AS INTEGER) ELSE 0 END)
        AS max_days_overdue
    FROM (${invoiceOpenAmountsSql()})
    GROUP BY debtor_id`;
}

/** One row per invoice: id, debtor_id, due_date, open_cents. */
export function invoiceOpenAmountsSql(): RawBuilder<unknown> {
  return sql`
    SELECT
      i.id,
      i.debtor_id,
      i.due_date,
      i.amount_incl_tax_cents
        - COALESCE((SELECT SUM(pa.amount_cents) FROM payment_allocations pa
                    WHERE pa.invoice_id = i.id), 0)
        - COALESCE((SELECT SUM(cn.amount_cents) FROM credit_notes cn
                    WHERE cn.invoice_id = i.id), 0) AS open_cents
    FROM invoices i`;
}
