import { sql, type RawBuilder } from 'kysely';
import type { CalendarDate } from '../../src-shared/dates/calendar-date';

/**
 * One row per invoice: id, debtor_id, due_date, open_cents, where the open
 * amount is computed from allocations and credit notes on every read (never
 * stored). This is the SQL twin of `computeInvoiceStatuses` in src-shared;
 * tests hold both to the same answers on the demo file. Allocations and
 * credit notes are summed once per invoice then joined, which is several
 * times faster than a correlated sub-query per invoice on large files.
 */
export function invoiceOpenAmountsSql(): RawBuilder<unknown> {
  return sql`
    SELECT
      i.id,
      i.debtor_id,
      i.due_date,
      i.amount_incl_tax_cents - COALESCE(paid.cents, 0) - COALESCE(credited.cents, 0)
        AS open_cents
    FROM invoices i
    LEFT JOIN (
      SELECT invoice_id, SUM(amount_cents) AS cents FROM payment_allocations GROUP BY invoice_id
    ) paid ON paid.invoice_id = i.id
    LEFT JOIN (
      SELECT invoice_id, SUM(amount_cents) AS cents FROM credit_notes
      WHERE invoice_id IS NOT NULL GROUP BY invoice_id
    ) credited ON credited.invoice_id = i.id`;
}

/** Per-debtor totals: debtor_id, open_cents, overdue_cents, max_days_overdue. */
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
