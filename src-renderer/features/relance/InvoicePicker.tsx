import type { InvoiceWithStatus } from '../../../src-shared/domain/debtor-file';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import { formatEuros } from '../../../src-shared/money/format-amount';

interface InvoicePickerProps {
  name: string;
  legend: string;
  invoices: InvoiceWithStatus[];
  selected: number[];
  onChange: (ids: number[]) => void;
  error?: string | undefined;
}

/** Check boxes over a debtor's open invoices. */
export function InvoicePicker({
  name,
  legend,
  invoices,
  selected,
  onChange,
  error,
}: InvoicePickerProps) {
  return (
    <fieldset className="invoice-picker">
      <legend>{legend}</legend>
      {invoices.map((invoice) => (
        <label key={invoice.id} className="checkbox">
          <input
            type="checkbox"
            name={name}
            checked={selected.includes(invoice.id)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? [...selected, invoice.id]
                  : selected.filter((id) => id !== invoice.id),
              )
            }
          />
          {invoice.number} · échéance {formatFrenchDate(invoice.dueDate)} · reste{' '}
          {formatEuros(invoice.openCents)}
        </label>
      ))}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
