import { useState, type FormEvent } from 'react';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import type { DebtorFile } from '../../../src-shared/domain/debtor-file';
import { hasFieldErrors } from '../../../src-shared/domain/field-errors';
import { validateCreditNoteInput } from '../../../src-shared/domain/ledger-rules';
import { formatEuros } from '../../../src-shared/money/format-amount';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { TypedValues } from './amount-field';

interface CreditNoteFormProps {
  file: DebtorFile;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}

/** Adds a credit note (avoir), on one open invoice or on account. */
export function CreditNoteForm({ file, today, onClose, onSaved }: CreditNoteFormProps) {
  const openInvoices = file.invoices.filter((invoice) => invoice.openCents > 0);
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(formatFrenchDate(today));
  const [amount, setAmount] = useState('');
  const [invoiceId, setInvoiceId] = useState<number | null>(openInvoices[0]?.id ?? null);
  const [reason, setReason] = useState('');
  const submission = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = new TypedValues();
    const input = {
      debtorId: file.debtor.id,
      number: number.trim(),
      date: typed.date('date', date),
      amountCents: typed.amount('amountCents', amount),
      invoiceId,
      reason: reason.trim() || null,
    };
    const errors = { ...validateCreditNoteInput(input), ...typed.errors };
    if (hasFieldErrors(errors)) {
      submission.reject(errors);
      return;
    }
    void submission.submit(() => callResult('creditNotes:add', { input }), onSaved);
  };

  const errors = submission.fieldErrors;
  return (
    <Dialog title="Ajouter un avoir" onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorBanner message={submission.message} fieldErrors={submission.fieldErrors} />
        <div className="form__row">
          <Field label="Numéro d’avoir" name="number" error={errors.number}>
            <TextInput
              name="number"
              value={number}
              onChange={setNumber}
              error={errors.number}
              autoFocus
            />
          </Field>
          <Field label="Date" name="date" error={errors.date}>
            <TextInput
              name="date"
              value={date}
              onChange={setDate}
              placeholder="JJ/MM/AAAA"
              error={errors.date}
            />
          </Field>
          <Field label="Montant TTC" name="amountCents" error={errors.amountCents}>
            <TextInput
              name="amountCents"
              value={amount}
              onChange={setAmount}
              inputMode="decimal"
              error={errors.amountCents}
            />
          </Field>
        </div>
        <Field label="Facture concernée" name="invoiceId" error={errors.invoiceId}>
          <select
            id="invoiceId"
            value={invoiceId ?? ''}
            onChange={(event) =>
              setInvoiceId(event.target.value ? Number(event.target.value) : null)
            }
          >
            {openInvoices.map((invoice) => (
              <option key={invoice.id} value={invoice.id}>
                {invoice.number} (reste {formatEuros(invoice.openCents)})
              </option>
            ))}
            <option value="">Aucune : avoir sur compte</option>
          </select>
        </Field>
        <Field label="Motif" name="reason">
          <TextInput name="reason" value={reason} onChange={setReason} />
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Enregistrer l’avoir
          </button>
          <button type="button" className="button" onClick={onClose}>
            Annuler
          </button>
        </div>
      </form>
    </Dialog>
  );
}
