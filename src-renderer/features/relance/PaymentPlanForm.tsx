import { useState, type FormEvent } from 'react';
import { addMonths } from '../../../src-shared/dates/calendar-date';
import { formatFrenchDate, parseFrenchDate } from '../../../src-shared/dates/french-date';
import type { DebtorFile } from '../../../src-shared/domain/debtor-file';
import { formatAmountForInput, formatEuros } from '../../../src-shared/money/format-amount';
import { parseAmount } from '../../../src-shared/money/parse-amount';
import { evenInstallments } from '../../../src-shared/relance/call-script';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { TypedValues } from '../ledger/amount-field';
import { InvoicePicker } from './InvoicePicker';

interface Row {
  dueOn: string;
  amount: string;
}

/** Agrees an échéancier over chosen invoices, installments spread monthly or typed one by one. */
export function PaymentPlanForm(props: {
  file: DebtorFile;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const open = props.file.invoices.filter((invoice) => invoice.openCents > 0);
  const [invoiceIds, setInvoiceIds] = useState(
    open.filter((i) => i.daysOverdue > 0).map((i) => i.id),
  );
  const [agreedOn, setAgreedOn] = useState(formatFrenchDate(props.today));
  const [count, setCount] = useState('3');
  const [rows, setRows] = useState<Row[]>([]);
  const [note, setNote] = useState('');
  const submission = useSubmit();
  const openCents = open
    .filter((invoice) => invoiceIds.includes(invoice.id))
    .reduce((total, invoice) => total + invoice.openCents, 0);
  const totalCents = rows.reduce((total, row) => {
    const parsed = parseAmount(row.amount);
    return parsed.ok ? total + parsed.cents : total;
  }, 0);

  // Monthly installments from a month after the agreement, the cents left over on the first.
  const spread = () => {
    const start = parseFrenchDate(agreedOn);
    const parts = evenInstallments(openCents, Math.max(1, Math.min(24, Number(count) || 1)));
    if (!start.ok) return;
    setRows(
      parts.map((cents, index) => ({
        dueOn: formatFrenchDate(addMonths(start.date, index + 1)),
        amount: formatAmountForInput(cents),
      })),
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = new TypedValues();
    const input = {
      debtorId: props.file.debtor.id,
      agreedOn: typed.date('agreedOn', agreedOn),
      note: note.trim() || null,
      invoiceIds,
      installments: rows.map((row, index) => ({
        dueOn: typed.date(`installments.${index}.dueOn`, row.dueOn),
        amountCents: typed.amount(`installments.${index}.amountCents`, row.amount),
      })),
    };
    if (Object.keys(typed.errors).length > 0) {
      submission.reject(typed.errors);
      return;
    }
    void submission.submit(() => callResult('plans:create', { input }), props.onSaved);
  };
  const errors = submission.fieldErrors;
  const setRow = (index: number, change: Partial<Row>) =>
    setRows(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  return (
    <Dialog title="Nouvel échéancier" onClose={props.onClose} wide>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorBanner message={submission.message} />
        <InvoicePicker
          name="planInvoices"
          legend="Factures de l’échéancier"
          invoices={open}
          selected={invoiceIds}
          onChange={setInvoiceIds}
          error={errors.invoiceIds}
        />
        <div className="form__row">
          <Field label="Accord du" name="agreedOn" error={errors.agreedOn}>
            <TextInput
              name="agreedOn"
              value={agreedOn}
              onChange={setAgreedOn}
              error={errors.agreedOn}
            />
          </Field>
          <Field label="Nombre de mensualités" name="installmentCount">
            <TextInput
              name="installmentCount"
              value={count}
              onChange={setCount}
              inputMode="numeric"
            />
          </Field>
          <button type="button" className="button" onClick={spread} disabled={openCents <= 0}>
            Répartir {formatEuros(openCents)} par mois
          </button>
        </div>
        <table className="table">
          <thead>
            <tr>
              <th>Échéance</th>
              <th>Date</th>
              <th className="numeric">Montant</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td>n° {index + 1}</td>
                <td>
                  <TextInput
                    name={`installment-date-${index}`}
                    ariaLabel={`Date de l’échéance n° ${index + 1}`}
                    value={row.dueOn}
                    onChange={(dueOn) => setRow(index, { dueOn })}
                    error={errors[`installments.${index}.dueOn`]}
                  />
                  {errors[`installments.${index}.dueOn`] ? (
                    <p className="field__error" id={`installment-date-${index}-error`}>
                      {errors[`installments.${index}.dueOn`]}
                    </p>
                  ) : null}
                </td>
                <td className="numeric">
                  <TextInput
                    name={`installment-amount-${index}`}
                    ariaLabel={`Montant de l’échéance n° ${index + 1}`}
                    value={row.amount}
                    onChange={(amount) => setRow(index, { amount })}
                    inputMode="decimal"
                    error={errors[`installments.${index}.amountCents`]}
                  />
                  {errors[`installments.${index}.amountCents`] ? (
                    <p className="field__error" id={`installment-amount-${index}-error`}>
                      {errors[`installments.${index}.amountCents`]}
                    </p>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="form__summary">
          Total des échéances {formatEuros(totalCents)} · restant dû sur les factures{' '}
          {formatEuros(openCents)}
        </p>
        {errors.installments ? <p className="field__error">{errors.installments}</p> : null}
        <Field label="Note" name="planNote">
          <TextInput name="planNote" value={note} onChange={setNote} />
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Enregistrer l’échéancier
          </button>
          <button type="button" className="button" onClick={props.onClose}>
            Annuler
          </button>
        </div>
      </form>
    </Dialog>
  );
}
