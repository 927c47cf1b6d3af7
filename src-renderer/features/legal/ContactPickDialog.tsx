import { useState } from 'react';
import { LEGAL_CONTACT_LABELS, type LegalContactKind } from '../../../src-shared/domain/legal-case';
import { useCall } from '../../api/use-call';
import { routeHash } from '../../app/route';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';

interface ContactPickDialogProps {
  title: string;
  kind: LegalContactKind;
  /** When false the user may go on without picking anyone. */
  required: boolean;
  confirmLabel: string;
  busy: boolean;
  error: string | null;
  onConfirm: (contactId: number | null) => void;
  onClose: () => void;
}

/** Picks a commissaire de justice or a lawyer from the user's directory. */
export function ContactPickDialog(props: ContactPickDialogProps) {
  const contacts = useCall('legalContacts:list', {});
  const [choice, setChoice] = useState('');
  const mine = (contacts.data ?? []).filter((contact) => contact.kind === props.kind);
  return (
    <Dialog title={props.title} onClose={props.onClose}>
      <div className="form">
        <ErrorBanner message={props.error ?? contacts.error} />
        {contacts.data && mine.length === 0 ? (
          <p className="banner banner--warning">
            Aucun {LEGAL_CONTACT_LABELS[props.kind].toLowerCase()} dans votre annuaire :{' '}
            <a href={routeHash({ screen: 'legalSettings' })}>ajoutez-en un dans les réglages</a>.
          </p>
        ) : null}
        <Field label={LEGAL_CONTACT_LABELS[props.kind]} name="pickContact">
          <select
            id="pickContact"
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
          >
            <option value="">
              {props.required ? 'Choisissez…' : 'Aucun (note sans destinataire)'}
            </option>
            {mine.map((contact) => (
              <option key={contact.id} value={contact.id}>
                {contact.name}
                {contact.firm ? ` (${contact.firm})` : ''}
                {contact.city ? ` · ${contact.city}` : ''}
              </option>
            ))}
          </select>
        </Field>
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={props.busy || (props.required && !choice)}
            onClick={() => props.onConfirm(choice ? Number(choice) : null)}
          >
            {props.confirmLabel}
          </button>
          <button type="button" className="button" onClick={props.onClose}>
            Annuler
          </button>
        </div>
      </div>
    </Dialog>
  );
}
