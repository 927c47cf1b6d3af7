import { useState, type FormEvent } from 'react';
import type { Contact } from '../../../src-shared/domain/debtor';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { formatFrenchPhone } from '../../../src-shared/validators/contact-details';

interface ContactsCardProps {
  debtorId: number;
  contacts: Contact[];
  onChanged: () => void;
}

/** The debtor's contact people, with a small form to add one. */
export function ContactsCard({ debtorId, contacts, onChanged }: ContactsCardProps) {
  const [adding, setAdding] = useState(false);
  return (
    <div className="card">
      <h2>Contacts</h2>
      {contacts.length === 0 && !adding ? <p className="muted">Aucun contact.</p> : null}
      <ul className="contacts">
        {contacts.map((contact) => (
          <li key={contact.id}>
            <strong>{contact.name}</strong>
            {contact.isPrimary ? <span className="badge">Principal</span> : null}
            {contact.role ? <span className="muted"> · {contact.role}</span> : null}
            <br />
            {contact.email ? <span>{contact.email}</span> : null}
            {contact.phone ? <span> · {formatFrenchPhone(contact.phone)}</span> : null}
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() =>
                void callResult('contacts:archive', { id: contact.id }).then(onChanged)
              }
            >
              Retirer
            </button>
          </li>
        ))}
      </ul>
      {adding ? (
        <ContactForm
          debtorId={debtorId}
          onDone={() => {
            setAdding(false);
            onChanged();
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="button button--ghost" onClick={() => setAdding(true)}>
          Ajouter un contact
        </button>
      )}
    </div>
  );
}

function ContactForm({
  debtorId,
  onDone,
  onCancel,
}: {
  debtorId: number;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [isPrimary, setIsPrimary] = useState(false);
  const submission = useSubmit();
  const errors = submission.fieldErrors;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      name,
      role: role || null,
      email: email || null,
      phone: phone || null,
      isPrimary,
    };
    void submission.submit(() => callResult('contacts:add', { debtorId, input }), onDone);
  };
  return (
    <form className="form form--compact" onSubmit={submit} aria-label="Nouveau contact" noValidate>
      <ErrorBanner message={submission.message} fieldErrors={submission.fieldErrors} />
      <Field label="Nom" name="contactName" error={errors.name}>
        <TextInput
          name="contactName"
          value={name}
          onChange={setName}
          error={errors.name}
          autoFocus
        />
      </Field>
      <Field label="Fonction" name="contactRole">
        <TextInput name="contactRole" value={role} onChange={setRole} />
      </Field>
      <Field label="E-mail" name="contactEmail" error={errors.email}>
        <TextInput
          name="contactEmail"
          value={email}
          onChange={setEmail}
          inputMode="email"
          error={errors.email}
        />
      </Field>
      <Field label="Téléphone" name="contactPhone" error={errors.phone}>
        <TextInput
          name="contactPhone"
          value={phone}
          onChange={setPhone}
          inputMode="tel"
          error={errors.phone}
        />
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={isPrimary}
          onChange={(event) => setIsPrimary(event.target.checked)}
        />
        Contact principal
      </label>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={submission.busy}>
          Ajouter
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
