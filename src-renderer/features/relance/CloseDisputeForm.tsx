import { useState, type FormEvent } from 'react';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import {
  DISPUTE_OUTCOME_LABELS,
  type Dispute,
  type DisputeOutcome,
} from '../../../src-shared/domain/dispute';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { TextInput } from '../../components/Field';
import { TypedValues } from '../ledger/amount-field';

/** Closes a dispute with its date and outcome; its invoices go back to the relance. */
export function CloseDisputeForm(props: { dispute: Dispute; today: string; onClosed: () => void }) {
  const [open, setOpen] = useState(false);
  const [closedOn, setClosedOn] = useState(formatFrenchDate(props.today));
  const [outcome, setOutcome] = useState<DisputeOutcome>('rejete');
  const submission = useSubmit();
  if (!open) {
    return (
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>
        Clore…
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = new TypedValues();
    const date = typed.date('closedOn', closedOn);
    if (Object.keys(typed.errors).length > 0) {
      submission.reject(typed.errors);
      return;
    }
    void submission.submit(
      () => callResult('disputes:close', { id: props.dispute.id, closedOn: date, outcome }),
      props.onClosed,
    );
  };
  const name = `closedOn-${props.dispute.id}`;
  return (
    <form className="form form--inline" onSubmit={submit} noValidate>
      <label htmlFor={name}>Clos le</label>
      <TextInput
        name={name}
        value={closedOn}
        onChange={setClosedOn}
        error={submission.fieldErrors.closedOn}
      />
      <select
        aria-label="Issue du litige"
        value={outcome}
        onChange={(event) => setOutcome(event.target.value as DisputeOutcome)}
      >
        {Object.entries(DISPUTE_OUTCOME_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={submission.busy}>
        Clore le litige
      </button>
      {submission.message ? (
        <p className="field__error" role="alert">
          {submission.message}
        </p>
      ) : null}
    </form>
  );
}
