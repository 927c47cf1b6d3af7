import { useState, type FormEvent } from 'react';
import {
  LEGAL_CONTACT_LABELS,
  type LegalContactInput,
  type LegalContactKind,
} from '../../../src-shared/domain/legal-case';
import { formatFrenchPhone } from '../../../src-shared/validators/contact-details';
import { call, callResult } from '../../api/client';
import { useCall } from '../../api/use-call';
import { useSubmit } from '../../api/use-submit';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';

const EMPTY = {
  name: '',
  firm: '',
  addressLine1: '',
  postalCode: '',
  city: '',
  email: '',
  phone: '',
};

const FIELDS: [keyof typeof EMPTY, string][] = [
  ['name', 'Nom'],
  ['firm', 'Étude ou cabinet'],
  ['addressLine1', 'Adresse'],
  ['postalCode', 'Code postal'],
  ['city', 'Ville'],
  ['email', 'E-mail'],
  ['phone', 'Téléphone'],
];

/** The commissaires de justice and lawyers the user works with, to pick for each hand-over. */
export function DirectoryCard() {
  const contacts = useCall('legalContacts:list', {});
  const [kind, setKind] = useState<LegalContactKind>('commissaire');
  const [form, setForm] = useState(EMPTY);
  const submission = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = (value: string) => (value.trim() ? value.trim() : null);
    const input: LegalContactInput = {
      kind,
      name: form.name,
      firm: text(form.firm),
      addressLine1: text(form.addressLine1),
      postalCode: text(form.postalCode),
      city: text(form.city),
      email: text(form.email),
      phone: text(form.phone),
      notes: null,
    };
    void submission.submit(
      () => callResult('legalContacts:add', { input }),
      () => {
        setForm(EMPTY);
        contacts.reload();
      },
    );
  };
  const archive = async (id: number) => {
    await call('legalContacts:archive', { id });
    contacts.reload();
  };

  return (
    <section className="card" aria-labelledby="directory-title">
      <h2 id="directory-title">Annuaire : commissaires de justice et avocats</h2>
      <ErrorBanner message={contacts.error} />
      <table className="table" aria-label="Annuaire">
        <tbody>
          {(contacts.data ?? []).map((contact) => (
            <tr key={contact.id}>
              <td>{LEGAL_CONTACT_LABELS[contact.kind]}</td>
              <td>
                <strong>{contact.name}</strong>
                {contact.firm ? ` · ${contact.firm}` : ''}
              </td>
              <td>{[contact.postalCode, contact.city].filter(Boolean).join(' ')}</td>
              <td>
                {[contact.email, contact.phone && formatFrenchPhone(contact.phone)]
                  .filter(Boolean)
                  .join(' · ')}
              </td>
              <td>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void archive(contact.id)}
                >
                  Archiver
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="form" onSubmit={submit} noValidate aria-label="Ajouter à l'annuaire">
        <ErrorBanner message={submission.message} />
        <fieldset className="radio-group">
          <legend>Profession</legend>
          {(['commissaire', 'avocat'] as const).map((value) => (
            <label key={value} className="checkbox">
              <input
                type="radio"
                name="contactKind"
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              {LEGAL_CONTACT_LABELS[value]}
            </label>
          ))}
        </fieldset>
        <div className="form__grid">
          {FIELDS.map(([key, label]) => (
            <Field
              key={key}
              label={label}
              name={`contact-${key}`}
              error={submission.fieldErrors[key]}
            >
              <TextInput
                name={`contact-${key}`}
                value={form[key]}
                onChange={(value) => setForm({ ...form, [key]: value })}
                error={submission.fieldErrors[key]}
              />
            </Field>
          ))}
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={submission.busy}>
            Ajouter à l’annuaire
          </button>
        </div>
      </form>
    </section>
  );
}
