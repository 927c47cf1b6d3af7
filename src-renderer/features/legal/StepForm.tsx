import { useState, type FormEvent } from 'react';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import {
  PROCEDURE_STEP_KINDS,
  PROCEDURE_STEP_LABELS,
  type LegalCase,
  type ProcedureStepKind,
} from '../../../src-shared/domain/legal-case';
import { callResult } from '../../api/client';
import { useCall } from '../../api/use-call';
import { useSubmit } from '../../api/use-submit';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { TypedValues } from '../ledger/amount-field';

// The step that usually follows the last one recorded, offered first.
const NEXT: Partial<Record<ProcedureStepKind, ProcedureStepKind>> = {
  mise_en_demeure_envoyee: 'requete_deposee',
  mise_en_demeure_recue: 'requete_deposee',
  requete_deposee: 'ordonnance_rendue',
  ordonnance_rendue: 'ordonnance_signifiee',
  ordonnance_signifiee: 'delai_opposition_expire',
  delai_opposition_expire: 'execution_forcee',
};

const WITH_CONTACT: ProcedureStepKind[] = [
  'ordonnance_signifiee',
  'execution_forcee',
  'remise_commissaire',
  'note_refere_transmise',
];

interface StepFormProps {
  debtorId: number;
  lastKind: ProcedureStepKind | null;
  today: string;
  onClose: () => void;
  onSaved: (legalCase: LegalCase) => void;
}

/** Records a dated step of the procedure (requête sent, ordonnance, signification…). */
export function StepForm({ debtorId, lastKind, today, onClose, onSaved }: StepFormProps) {
  const [kind, setKind] = useState<ProcedureStepKind>(
    lastKind ? (NEXT[lastKind] ?? 'paiement_recu') : 'mise_en_demeure_envoyee',
  );
  const [date, setDate] = useState(formatFrenchDate(today));
  const [deadline, setDeadline] = useState('');
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [contactId, setContactId] = useState('');
  const contacts = useCall('legalContacts:list', {});
  const submission = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = new TypedValues();
    const input = {
      kind,
      occurredOn: typed.date('occurredOn', date),
      deadlineOn: deadline.trim() ? typed.date('deadlineOn', deadline) : null,
      reference: reference.trim() || null,
      note: note.trim() || null,
      contactId: contactId ? Number(contactId) : null,
    };
    if (Object.keys(typed.errors).length > 0) {
      submission.reject(typed.errors);
      return;
    }
    void submission.submit(() => callResult('cases:recordStep', { debtorId, input }), onSaved);
  };

  const errors = submission.fieldErrors;
  return (
    <Dialog title="Enregistrer une étape" onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorBanner message={submission.message} />
        <Field label="Étape" name="stepKind">
          <select
            id="stepKind"
            value={kind}
            onChange={(event) => setKind(event.target.value as ProcedureStepKind)}
          >
            {PROCEDURE_STEP_KINDS.map((value) => (
              <option key={value} value={value}>
                {PROCEDURE_STEP_LABELS[value]}
              </option>
            ))}
          </select>
        </Field>
        <div className="form__row">
          <Field label="Date de l’étape" name="occurredOn" error={errors.occurredOn}>
            <TextInput
              name="occurredOn"
              value={date}
              onChange={setDate}
              error={errors.occurredOn}
            />
          </Field>
          {kind === 'mise_en_demeure_envoyee' ? (
            <Field label="Payer avant le" name="deadlineOn" error={errors.deadlineOn}>
              <TextInput
                name="deadlineOn"
                value={deadline}
                onChange={setDeadline}
                error={errors.deadlineOn}
                placeholder="JJ/MM/AAAA"
              />
            </Field>
          ) : null}
        </div>
        <Field label="Référence (n° de LRAR, de RG, d’acte…)" name="reference">
          <TextInput name="reference" value={reference} onChange={setReference} />
        </Field>
        {WITH_CONTACT.includes(kind) ? (
          <Field label="Intervenant de l’annuaire" name="contactId" error={errors.contactId}>
            <select
              id="contactId"
              value={contactId}
              onChange={(event) => setContactId(event.target.value)}
            >
              <option value="">—</option>
              {(contacts.data ?? []).map((contact) => (
                <option key={contact.id} value={contact.id}>
                  {contact.name}
                  {contact.firm ? ` (${contact.firm})` : ''}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <Field label="Note" name="stepNote">
          <TextInput name="stepNote" value={note} onChange={setNote} />
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Enregistrer l’étape
          </button>
          <button type="button" className="button" onClick={onClose}>
            Annuler
          </button>
        </div>
      </form>
    </Dialog>
  );
}
