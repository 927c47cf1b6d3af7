import { useState, type FormEvent } from 'react';
import { formatAmountForInput } from '../../../src-shared/money/format-amount';
import type { DebtorRisk } from '../../../src-shared/risk/debtor-risk';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { Money } from '../../components/Money';
import { TypedValues } from '../ledger/amount-field';

interface CreditLimitDialogProps {
  risk: DebtorRisk;
  onClose: () => void;
  onSaved: (risk: DebtorRisk) => void;
}

/** Sets the debtor's credit limit by hand, or goes back to the suggested one. */
export function CreditLimitDialog({ risk, onClose, onSaved }: CreditLimitDialogProps) {
  const { manual, suggestion } = risk.creditLimit;
  const start = manual?.limitCents ?? suggestion.limitCents;
  const [amount, setAmount] = useState(start === null ? '' : formatAmountForInput(start));
  const [note, setNote] = useState(manual?.note ?? '');
  const submission = useSubmit();

  const save = (limitCents: number | null) =>
    submission.submit(
      () =>
        callResult('risk:setCreditLimit', {
          debtorId: risk.debtorId,
          limitCents,
          note: note.trim() || null,
        }),
      onSaved,
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = new TypedValues();
    const limitCents = typed.amount('limitCents', amount);
    if (Object.keys(typed.errors).length > 0) {
      submission.reject(typed.errors);
      return;
    }
    void save(limitCents);
  };

  return (
    <Dialog title="Plafond de crédit" onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorBanner message={submission.message} />
        <p className="muted">
          Plafond suggéré :{' '}
          {suggestion.limitCents === null ? 'aucun' : <Money cents={suggestion.limitCents} />}.{' '}
          {suggestion.explanation}
        </p>
        <Field label="Plafond" name="limitCents" error={submission.fieldErrors.limitCents}>
          <TextInput
            name="limitCents"
            value={amount}
            onChange={setAmount}
            inputMode="decimal"
            error={submission.fieldErrors.limitCents}
            autoFocus
          />
        </Field>
        <Field label="Motif (facultatif)" name="note" error={submission.fieldErrors.note}>
          <TextInput name="note" value={note} onChange={setNote} />
        </Field>
        <div className="form__actions">
          {manual ? (
            <button
              type="button"
              className="button"
              disabled={submission.busy}
              onClick={() => void save(null)}
            >
              Revenir au plafond suggéré
            </button>
          ) : null}
          <button type="button" className="button button--ghost" onClick={onClose}>
            Annuler
          </button>
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Enregistrer le plafond
          </button>
        </div>
      </form>
    </Dialog>
  );
}
