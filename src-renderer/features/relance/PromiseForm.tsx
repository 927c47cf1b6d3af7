import { useState, type FormEvent } from 'react';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import type { DebtorFile } from '../../../src-shared/domain/debtor-file';
import type { PromiseChannel } from '../../../src-shared/domain/promise-to-pay';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { TypedValues } from '../ledger/amount-field';
import { InvoicePicker } from './InvoicePicker';

const CHANNELS: Record<PromiseChannel, string> = {
  saisie: 'Saisie directe',
  appel: 'Au téléphone',
  email: 'Par e-mail',
  courrier: 'Par courrier',
  sms: 'Par SMS',
};

/** Records a promise to pay by hand: the relance of its invoices pauses until its date. */
export function PromiseForm(props: {
  file: DebtorFile;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const open = props.file.invoices.filter((invoice) => invoice.openCents > 0);
  const [madeOn, setMadeOn] = useState(formatFrenchDate(props.today));
  const [dueOn, setDueOn] = useState('');
  const [amount, setAmount] = useState('');
  const [channel, setChannel] = useState<PromiseChannel>('saisie');
  const [note, setNote] = useState('');
  const [invoiceIds, setInvoiceIds] = useState<number[]>([]);
  const submission = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = new TypedValues();
    const input = {
      debtorId: props.file.debtor.id,
      madeOn: typed.date('madeOn', madeOn),
      dueOn: typed.date('dueOn', dueOn),
      amountCents: typed.amount('amountCents', amount),
      channel,
      note: note.trim() || null,
      invoiceIds,
    };
    if (Object.keys(typed.errors).length > 0) {
      submission.reject(typed.errors);
      return;
    }
    void submission.submit(() => callResult('promises:create', { input }), props.onSaved);
  };
  const errors = submission.fieldErrors;
  return (
    <Dialog title="Nouvelle promesse de paiement" onClose={props.onClose} wide>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorBanner message={submission.message} />
        <div className="form__row">
          <Field label="Faite le" name="madeOn" error={errors.madeOn}>
            <TextInput name="madeOn" value={madeOn} onChange={setMadeOn} error={errors.madeOn} />
          </Field>
          <Field label="Date promise" name="dueOn" error={errors.dueOn}>
            <TextInput
              name="dueOn"
              value={dueOn}
              onChange={setDueOn}
              placeholder="JJ/MM/AAAA"
              error={errors.dueOn}
              autoFocus
            />
          </Field>
          <Field label="Montant promis" name="amountCents" error={errors.amountCents}>
            <TextInput
              name="amountCents"
              value={amount}
              onChange={setAmount}
              inputMode="decimal"
              error={errors.amountCents}
            />
          </Field>
          <Field label="Obtenue" name="promiseChannel">
            <select
              id="promiseChannel"
              value={channel}
              onChange={(e) => setChannel(e.target.value as PromiseChannel)}
            >
              {Object.entries(CHANNELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <InvoicePicker
          name="promiseInvoices"
          legend="Factures concernées (aucune cochée : tout le solde)"
          invoices={open}
          selected={invoiceIds}
          onChange={setInvoiceIds}
          error={errors.invoiceIds}
        />
        <Field label="Note" name="promiseNote">
          <TextInput name="promiseNote" value={note} onChange={setNote} />
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Enregistrer la promesse
          </button>
          <button type="button" className="button" onClick={props.onClose}>
            Annuler
          </button>
        </div>
      </form>
    </Dialog>
  );
}
