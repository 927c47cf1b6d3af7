import { useState, type FormEvent } from 'react';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import type { AppUser } from '../../../src-shared/domain/app-user';
import type { DebtorFile } from '../../../src-shared/domain/debtor-file';
import { DISPUTE_REASON_LABELS, type DisputeReason } from '../../../src-shared/domain/dispute';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { TypedValues } from '../ledger/amount-field';
import { InvoicePicker } from './InvoicePicker';

/** Opens a litige on chosen invoices; they leave the relance until it is closed. */
export function DisputeForm(props: {
  file: DebtorFile;
  today: string;
  users: AppUser[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const open = props.file.invoices.filter((invoice) => invoice.openCents > 0);
  const [reason, setReason] = useState<DisputeReason>('qualite');
  const [description, setDescription] = useState('');
  const [ownerUserId, setOwnerUserId] = useState('');
  const [openedOn, setOpenedOn] = useState(formatFrenchDate(props.today));
  const [invoiceIds, setInvoiceIds] = useState<number[]>([]);
  const submission = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = new TypedValues();
    const input = {
      debtorId: props.file.debtor.id,
      reason,
      description: description.trim() || null,
      ownerUserId: ownerUserId ? Number(ownerUserId) : null,
      openedOn: typed.date('openedOn', openedOn),
      invoiceIds,
    };
    if (Object.keys(typed.errors).length > 0) {
      submission.reject(typed.errors);
      return;
    }
    void submission.submit(() => callResult('disputes:open', { input }), props.onSaved);
  };
  const errors = submission.fieldErrors;
  return (
    <Dialog title="Ouvrir un litige" onClose={props.onClose} wide>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorBanner message={submission.message} />
        <InvoicePicker
          name="disputeInvoices"
          legend="Factures contestées"
          invoices={open}
          selected={invoiceIds}
          onChange={setInvoiceIds}
          error={errors.invoiceIds}
        />
        <div className="form__row">
          <Field label="Motif" name="disputeReason">
            <select
              id="disputeReason"
              value={reason}
              onChange={(e) => setReason(e.target.value as DisputeReason)}
            >
              {Object.entries(DISPUTE_REASON_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Ouvert le" name="openedOn" error={errors.openedOn}>
            <TextInput
              name="openedOn"
              value={openedOn}
              onChange={setOpenedOn}
              error={errors.openedOn}
            />
          </Field>
          <Field label="Suivi par" name="disputeOwner">
            <select
              id="disputeOwner"
              value={ownerUserId}
              onChange={(e) => setOwnerUserId(e.target.value)}
            >
              <option value="">Personne</option>
              {props.users.map((user) => (
                <option key={user.id} value={String(user.id)}>
                  {user.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label="Description" name="disputeDescription">
          <TextInput name="disputeDescription" value={description} onChange={setDescription} />
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Ouvrir le litige
          </button>
          <button type="button" className="button" onClick={props.onClose}>
            Annuler
          </button>
        </div>
      </form>
    </Dialog>
  );
}
