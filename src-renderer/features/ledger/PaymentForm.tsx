import { useState, type FormEvent } from 'react';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import type { DebtorFile } from '../../../src-shared/domain/debtor-file';
import { hasFieldErrors } from '../../../src-shared/domain/field-errors';
import { PAYMENT_METHOD_LABELS, type PaymentMethod } from '../../../src-shared/domain/ledger';
import { validatePaymentInput } from '../../../src-shared/domain/ledger-rules';
import { formatAmountForInput, formatEuros } from '../../../src-shared/money/format-amount';
import { parseAmount } from '../../../src-shared/money/parse-amount';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { TypedValues } from './amount-field';

interface PaymentFormProps {
  file: DebtorFile;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}

/** Records a payment and spreads it over one or more open invoices; the rest stays on account. */
export function PaymentForm({ file, today, onClose, onSaved }: PaymentFormProps) {
  const openInvoices = file.invoices
    .filter((invoice) => invoice.openCents > 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const [date, setDate] = useState(formatFrenchDate(today));
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('virement');
  const [reference, setReference] = useState('');
  const [shares, setShares] = useState<Record<number, string>>({});
  const submission = useSubmit();

  const parsedAmount = parseAmount(amount);
  const allocatedCents = Object.values(shares).reduce((total, text) => {
    const parsed = parseAmount(text);
    return parsed.ok ? total + parsed.cents : total;
  }, 0);

  // Oldest due date first, each invoice up to what is open on it.
  const spreadAutomatically = () => {
    if (!parsedAmount.ok) return;
    let left = parsedAmount.cents;
    const next: Record<number, string> = {};
    for (const invoice of openInvoices) {
      const share = Math.min(left, invoice.openCents);
      if (share > 0) next[invoice.id] = formatAmountForInput(share);
      left -= share;
    }
    setShares(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = new TypedValues();
    const allocations = openInvoices
      .filter((invoice) => (shares[invoice.id] ?? '').trim() !== '')
      .map((invoice) => ({
        invoiceId: invoice.id,
        amountCents: typed.amount(`share-${invoice.id}`, shares[invoice.id] ?? ''),
      }));
    const input = {
      debtorId: file.debtor.id,
      date: typed.date('date', date),
      amountCents: typed.amount('amountCents', amount),
      method,
      reference: reference.trim() || null,
      allocations,
    };
    const errors = { ...validatePaymentInput(input), ...typed.errors };
    if (hasFieldErrors(errors)) {
      submission.reject(errors);
      return;
    }
    void submission.submit(() => callResult('payments:record', { input }), onSaved);
  };

  const errors = submission.fieldErrors;
  // Main reports allocation errors by position in the submitted list.
  const allocatedIds = openInvoices
    .filter((invoice) => (shares[invoice.id] ?? '').trim() !== '')
    .map((invoice) => invoice.id);
  const shareError = (invoiceId: number) =>
    errors[`share-${invoiceId}`] ?? errors[`allocations.${allocatedIds.indexOf(invoiceId)}`];
  return (
    <Dialog title="Enregistrer un règlement" onClose={onClose} wide>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorBanner message={submission.message} fieldErrors={submission.fieldErrors} />
        <div className="form__row">
          <Field label="Date du règlement" name="date" error={errors.date}>
            <TextInput
              name="date"
              value={date}
              onChange={setDate}
              placeholder="JJ/MM/AAAA"
              error={errors.date}
            />
          </Field>
          <Field label="Montant reçu" name="amountCents" error={errors.amountCents}>
            <TextInput
              name="amountCents"
              value={amount}
              onChange={setAmount}
              inputMode="decimal"
              placeholder="1 234,56"
              error={errors.amountCents}
              autoFocus
            />
          </Field>
          <Field label="Mode" name="method">
            <select
              id="method"
              value={method}
              onChange={(event) => setMethod(event.target.value as PaymentMethod)}
            >
              {Object.entries(PAYMENT_METHOD_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label="Référence (n° de chèque, libellé du virement…)" name="reference">
          <TextInput name="reference" value={reference} onChange={setReference} />
        </Field>

        <fieldset className="allocations">
          <legend>Affectation aux factures</legend>
          {openInvoices.length === 0 ? (
            <p className="muted">Aucune facture ouverte : le règlement restera sur compte.</p>
          ) : null}
          {openInvoices.length > 0 ? (
            <button
              type="button"
              className="button button--ghost"
              onClick={spreadAutomatically}
              disabled={!parsedAmount.ok}
            >
              Répartir automatiquement (échéances les plus anciennes d’abord)
            </button>
          ) : null}
          <table className="table">
            <tbody>
              {openInvoices.map((invoice) => {
                const error = shareError(invoice.id);
                return (
                  <tr key={invoice.id}>
                    <td>
                      <label htmlFor={`share-${invoice.id}`}>
                        {invoice.number} · échéance {formatFrenchDate(invoice.dueDate)}
                      </label>
                    </td>
                    <td className="numeric">reste {formatEuros(invoice.openCents)}</td>
                    <td>
                      <TextInput
                        name={`share-${invoice.id}`}
                        value={shares[invoice.id] ?? ''}
                        onChange={(value) => setShares({ ...shares, [invoice.id]: value })}
                        inputMode="decimal"
                        error={error}
                      />
                      {error ? (
                        <p className="field__error" role="alert">
                          {error}
                        </p>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {errors.allocations ? (
            <p className="field__error" role="alert">
              {errors.allocations}
            </p>
          ) : null}
          <p className="form__summary" data-testid="allocation-summary">
            Affecté {formatEuros(allocatedCents)}
            {parsedAmount.ok
              ? ` · sur compte ${formatEuros(parsedAmount.cents - allocatedCents)}`
              : ''}
          </p>
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Enregistrer le règlement
          </button>
          <button type="button" className="button" onClick={onClose}>
            Annuler
          </button>
        </div>
      </form>
    </Dialog>
  );
}
