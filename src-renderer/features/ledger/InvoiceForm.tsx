import { useState, type FormEvent } from 'react';
import { addDays } from '../../../src-shared/dates/calendar-date';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import { hasFieldErrors } from '../../../src-shared/domain/field-errors';
import {
  USUAL_VAT_RATE,
  invoiceEntryErrors,
  readInvoiceAmounts,
  type InvoiceAmountField,
  type TypedInvoiceAmounts,
} from '../../../src-shared/domain/invoice-amounts';
import { validateInvoiceInput } from '../../../src-shared/domain/ledger-rules';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { TypedValues } from './amount-field';
import { InvoiceAmountFields } from './InvoiceAmountFields';

interface InvoiceFormProps {
  debtorId: number;
  onClose: () => void;
  onSaved: () => void;
}

/** Adds an invoice: HT and a rate, or the TTC and VAT as printed on it; the rest is computed. */
export function InvoiceForm({ debtorId, onClose, onSaved }: InvoiceFormProps) {
  const [number, setNumber] = useState('');
  const [issueDate, setIssueDate] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [terms, setTerms] = useState('30 jours');
  const [typedAmounts, setTypedAmounts] = useState<TypedInvoiceAmounts>({});
  const [rate, setRate] = useState<number | null>(USUAL_VAT_RATE);
  const submission = useSubmit();
  const reading = readInvoiceAmounts(typedAmounts, rate);
  // The amounts as they were when last submitted: once one changes, their messages are stale.
  const [checked, setChecked] = useState<{ typed: TypedInvoiceAmounts; rate: number | null }>();

  const typeAmount = (field: InvoiceAmountField, text: string | undefined) => {
    setTypedAmounts((current) => {
      const next = { ...current };
      if (text === undefined) delete next[field];
      else next[field] = text;
      return next;
    });
  };

  // Choosing a rate asks for the VAT at that rate: a typed VAT gives way, and so does a typed
  // TTC when the HT is typed too, or the rate would change nothing. « Plusieurs taux » keeps
  // every typed amount: the VAT is then the invoice's own.
  const chooseRate = (basisPoints: number | null) => {
    setRate(basisPoints);
    if (basisPoints === null) return;
    setTypedAmounts((current) => {
      const next = { ...current };
      delete next.vatCents;
      const typed = (text: string | undefined) => Boolean(text?.trim());
      if (typed(next.amountExclTaxCents) && typed(next.amountInclTaxCents)) {
        delete next.amountInclTaxCents;
      }
      return next;
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked({ typed: typedAmounts, rate });
    const typed = new TypedValues();
    const input = {
      debtorId,
      number: number.trim(),
      issueDate: typed.date('issueDate', issueDate),
      dueDate: typed.date('dueDate', dueDate),
      amountExclTaxCents: reading.amounts.amountExclTaxCents ?? 0,
      vatCents: reading.amounts.vatCents ?? 0,
      amountInclTaxCents: reading.amounts.amountInclTaxCents ?? 0,
      currency: 'EUR',
      paymentTerms: terms.trim() || null,
    };
    const errors = { ...invoiceEntryErrors(reading, validateInvoiceInput(input)), ...typed.errors };
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
  const amountsAsChecked = checked?.typed === typedAmounts && checked.rate === rate;
  return (
    <Dialog title="Nouvelle facture" onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorBanner message={submission.message} fieldErrors={submission.fieldErrors} />
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
        <InvoiceAmountFields
          typed={typedAmounts}
          rateBasisPoints={rate}
          reading={reading}
          errors={amountsAsChecked ? errors : {}}
          onType={typeAmount}
          onRate={chooseRate}
        />
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
