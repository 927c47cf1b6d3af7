import { useState, type FormEvent } from 'react';
import { addDays } from '../../../src-shared/dates/calendar-date';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import { hasFieldErrors } from '../../../src-shared/domain/field-errors';
import { validateInvoiceInput } from '../../../src-shared/domain/ledger-rules';
import { roundToCents } from '../../../src-shared/money/cents';
import { formatEuros } from '../../../src-shared/money/format-amount';
import { parseAmount } from '../../../src-shared/money/parse-amount';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { TypedValues } from './amount-field';

const VAT_RATES = ['20', '10', '5,5', '2,1', '0'];

interface InvoiceFormProps {
  debtorId: number;
  onClose: () => void;
  onSaved: () => void;
}

/** Adds an invoice: amounts typed the French way, VAT from a rate, TTC computed and shown. */
export function InvoiceForm({ debtorId, onClose, onSaved }: InvoiceFormProps) {
  const [number, setNumber] = useState('');
  const [issueDate, setIssueDate] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [terms, setTerms] = useState('30 jours');
  const [exclTax, setExclTax] = useState('');
  const [vatRate, setVatRate] = useState('20');
  const submission = useSubmit();

  const parsedExcl = parseAmount(exclTax);
  const rate = Number(vatRate.replace(',', '.'));
  const vatCents = parsedExcl.ok ? roundToCents((parsedExcl.cents * rate) / 100) : 0;
  const inclCents = parsedExcl.ok ? parsedExcl.cents + vatCents : 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = new TypedValues();
    const input = {
      debtorId,
      number: number.trim(),
      issueDate: typed.date('issueDate', issueDate),
      dueDate: typed.date('dueDate', dueDate),
      amountExclTaxCents: typed.amount('amountExclTaxCents', exclTax),
      vatCents,
      amountInclTaxCents: inclCents,
      currency: 'EUR',
      paymentTerms: terms.trim() || null,
    };
    const errors = { ...validateInvoiceInput(input), ...typed.errors };
    if (hasFieldErrors(errors)) {
      submission.reject(errors);
      return;
    }
    void submission.submit(() => callResult('invoices:add', { input }), onSaved);
  };

  const suggestDueDate = () => {
    const issue = new TypedValues().date('issueDate', issueDate);
    if (issue) setDueDate(formatFrenchDate(addDays(issue, 30)));
  };

  const errors = submission.fieldErrors;
  return (
    <Dialog title="Nouvelle facture" onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorBanner message={submission.message} />
        <Field label="Numéro de facture" name="number" error={errors.number}>
          <TextInput
            name="number"
            value={number}
            onChange={setNumber}
            error={errors.number}
            autoFocus
          />
        </Field>
        <div className="form__row">
          <Field label="Date de facture" name="issueDate" error={errors.issueDate}>
            <TextInput
              name="issueDate"
              value={issueDate}
              onChange={setIssueDate}
              placeholder="JJ/MM/AAAA"
              error={errors.issueDate}
            />
          </Field>
          <Field label="Échéance" name="dueDate" error={errors.dueDate}>
            <TextInput
              name="dueDate"
              value={dueDate}
              onChange={setDueDate}
              placeholder="JJ/MM/AAAA"
              error={errors.dueDate}
            />
          </Field>
          <button type="button" className="button button--ghost" onClick={suggestDueDate}>
            + 30 jours
          </button>
        </div>
        <Field label="Conditions de paiement" name="paymentTerms">
          <TextInput name="paymentTerms" value={terms} onChange={setTerms} />
        </Field>
        <div className="form__row">
          <Field label="Montant HT" name="amountExclTaxCents" error={errors.amountExclTaxCents}>
            <TextInput
              name="amountExclTaxCents"
              value={exclTax}
              onChange={setExclTax}
              inputMode="decimal"
              placeholder="1 234,56"
              error={errors.amountExclTaxCents}
            />
          </Field>
          <Field label="Taux de TVA" name="vatRate">
            <select
              id="vatRate"
              value={vatRate}
              onChange={(event) => setVatRate(event.target.value)}
            >
              {VAT_RATES.map((value) => (
                <option key={value} value={value}>
                  {value} %
                </option>
              ))}
            </select>
          </Field>
        </div>
        <p className="form__summary" data-testid="invoice-total">
          TVA {formatEuros(vatCents)} · Total TTC <strong>{formatEuros(inclCents)}</strong>
        </p>
        {errors.amountInclTaxCents ? (
          <p className="field__error">{errors.amountInclTaxCents}</p>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Enregistrer la facture
          </button>
          <button type="button" className="button" onClick={onClose}>
            Annuler
          </button>
        </div>
      </form>
    </Dialog>
  );
}
