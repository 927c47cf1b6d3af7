import { useState, type FormEvent } from 'react';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import { DISPUTE_REASON_LABELS, type DisputeReason } from '../../../src-shared/domain/dispute';
import {
  CALL_OUTCOME_EFFECTS,
  CALL_OUTCOME_LABELS,
  CALL_OUTCOMES,
  type CallOutcome,
} from '../../../src-shared/relance/call-script';
import type { PreparedRelance } from '../../../src-shared/relance/relance-view';
import { formatAmountForInput } from '../../../src-shared/money/format-amount';
import { formatFrenchPhone } from '../../../src-shared/validators/contact-details';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { TypedValues } from '../ledger/amount-field';

interface CallPanelProps {
  prepared: PreparedRelance;
  onRecorded: (summary: string) => void;
}

/** The call task: who to call, what to say, answers to objections, and the outcome to record. */
export function CallPanel({ prepared, onRecorded }: CallPanelProps) {
  const { item } = prepared;
  const [outcome, setOutcome] = useState<CallOutcome>('promesse');
  const [promiseDate, setPromiseDate] = useState('');
  const [promiseAmount, setPromiseAmount] = useState(formatAmountForInput(item.amountCents));
  const [reason, setReason] = useState<DisputeReason>('qualite');
  const [note, setNote] = useState('');
  const submission = useSubmit();
  const phone = prepared.recipient.phone;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = new TypedValues();
    const promise =
      outcome === 'promesse'
        ? {
            dueOn: typed.date('promiseDueOn', promiseDate),
            amountCents: typed.amount('promiseAmount', promiseAmount),
          }
        : null;
    if (Object.keys(typed.errors).length > 0) {
      submission.reject(typed.errors);
      return;
    }
    void submission.submit(
      () =>
        callResult('relance:recordCall', {
          debtorId: item.debtorId,
          scenarioId: item.scenarioId,
          stepIndex: item.stepIndex,
          outcome,
          note: note.trim() || null,
          promise,
          dispute: outcome === 'litige' ? { reason, description: note.trim() || null } : null,
        }),
      () =>
        onRecorded(
          `Appel enregistré : ${CALL_OUTCOME_LABELS[outcome]}` +
            (promise ? ` (promesse au ${formatFrenchDate(promise.dueOn)})` : ''),
        ),
    );
  };

  const errors = submission.fieldErrors;
  return (
    <div className="call-panel">
      <p>
        <strong>À appeler :</strong> {prepared.recipient.contactName ?? item.debtorName} —{' '}
        {phone ? (
          <a href={`tel:${phone}`}>{formatFrenchPhone(phone) ?? phone}</a>
        ) : (
          <span className="muted">aucun numéro au dossier</span>
        )}
      </p>
      <h3>Points à aborder</h3>
      <ul className="call-panel__points">
        {prepared.call?.talkingPoints.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <h3>Réponses aux objections</h3>
      {prepared.call?.objections.map((answer) => (
        <details key={answer.objection} className="call-panel__objection">
          <summary>{answer.objection}</summary>
          <p>{answer.answer}</p>
        </details>
      ))}
      <form className="form" onSubmit={submit} noValidate>
        <ErrorBanner message={submission.message} />
        <fieldset className="call-panel__outcomes">
          <legend>Issue de l’appel</legend>
          {CALL_OUTCOMES.map((value) => (
            <label key={value} className="checkbox">
              <input
                type="radio"
                name="outcome"
                value={value}
                checked={outcome === value}
                onChange={() => setOutcome(value)}
              />
              {CALL_OUTCOME_LABELS[value]}
            </label>
          ))}
          <p className="field__hint">{CALL_OUTCOME_EFFECTS[outcome]}</p>
        </fieldset>
        {outcome === 'promesse' ? (
          <div className="form__row">
            <Field label="Date promise" name="promiseDueOn" error={errors.promiseDueOn}>
              <TextInput
                name="promiseDueOn"
                value={promiseDate}
                onChange={setPromiseDate}
                placeholder="JJ/MM/AAAA"
                error={errors.promiseDueOn}
              />
            </Field>
            <Field
              label="Montant promis"
              name="promiseAmount"
              error={errors.promiseAmount ?? errors.amountCents}
            >
              <TextInput
                name="promiseAmount"
                value={promiseAmount}
                onChange={setPromiseAmount}
                inputMode="decimal"
                error={errors.promiseAmount ?? errors.amountCents}
              />
            </Field>
          </div>
        ) : null}
        {outcome === 'litige' ? (
          <Field label="Motif du litige" name="disputeReason" error={errors.disputeReason}>
            <select
              id="disputeReason"
              value={reason}
              onChange={(event) => setReason(event.target.value as DisputeReason)}
            >
              {Object.entries(DISPUTE_REASON_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <Field label="Notes de l’appel" name="callNote">
          <textarea id="callNote" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Enregistrer l’issue de l’appel
          </button>
        </div>
      </form>
    </div>
  );
}
