import { useState, type FormEvent } from 'react';
import type { AgendaItem } from '../../../src-shared/relance/relance-view';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { TypedValues } from '../ledger/amount-field';
import type { DoneNotice } from './AgendaItemPanel';

interface FormProps {
  item: AgendaItem;
  onDone: (notice: DoneNotice) => void;
}

/** Skips the relance with a reason: the plan moves on to its next step. */
export function SkipForm({ item, onDone }: FormProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const submission = useSubmit();
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Ignorer…
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.submit(
      () =>
        callResult('relance:skip', {
          debtorId: item.debtorId,
          scenarioId: item.scenarioId,
          stepIndex: item.stepIndex,
          reason,
        }),
      () =>
        onDone({ summary: `${item.debtorName} : relance ignorée (${reason.trim()}).`, path: null }),
    );
  };
  return (
    <form className="form form--inline" onSubmit={submit} noValidate>
      <ErrorBanner message={submission.message} />
      <Field
        label="Pourquoi l’ignorer ?"
        name={`skip-${item.debtorId}`}
        error={submission.fieldErrors.reason}
      >
        <TextInput name={`skip-${item.debtorId}`} value={reason} onChange={setReason} autoFocus />
      </Field>
      <button type="submit" className="button" disabled={submission.busy}>
        Ignorer cette relance
      </button>
    </form>
  );
}

/** Postpones the relance to a date, with a reason. */
export function PostponeForm({ item, onDone }: FormProps) {
  const [open, setOpen] = useState(false);
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const submission = useSubmit();
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Reporter…
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = new TypedValues();
    const date = typed.date('until', until);
    if (Object.keys(typed.errors).length > 0) {
      submission.reject(typed.errors);
      return;
    }
    void submission.submit(
      () =>
        callResult('relance:postpone', {
          debtorId: item.debtorId,
          until: date,
          reason: reason.trim() || null,
        }),
      () => onDone({ summary: `${item.debtorName} : relance reportée au ${until}.`, path: null }),
    );
  };
  return (
    <form className="form form--inline" onSubmit={submit} noValidate>
      <ErrorBanner message={submission.message} />
      <Field
        label="Reporter au"
        name={`until-${item.debtorId}`}
        error={submission.fieldErrors.until}
      >
        <TextInput
          name={`until-${item.debtorId}`}
          value={until}
          onChange={setUntil}
          placeholder="JJ/MM/AAAA"
          error={submission.fieldErrors.until}
        />
      </Field>
      <Field label="Motif" name={`postpone-reason-${item.debtorId}`}>
        <TextInput name={`postpone-reason-${item.debtorId}`} value={reason} onChange={setReason} />
      </Field>
      <button type="submit" className="button" disabled={submission.busy}>
        Reporter
      </button>
    </form>
  );
}
