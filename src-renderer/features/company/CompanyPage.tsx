import { useState, type FormEvent } from 'react';
import type { Company } from '../../../src-shared/domain/company';
import {
  normaliseCompanyInput,
  validateCompanyInput,
} from '../../../src-shared/domain/company-rules';
import { hasFieldErrors, type FieldErrors } from '../../../src-shared/domain/field-errors';
import type { OpenFileInfo } from '../../../src-shared/domain/workspace';
import { formatAmountForInput } from '../../../src-shared/money/format-amount';
import { call, callResult } from '../../api/client';
import { useCall } from '../../api/use-call';
import { useSubmit } from '../../api/use-submit';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { TypedValues } from '../ledger/amount-field';

type CompanyForm = Record<Exclude<keyof Company, 'shareCapitalCents'>, string> & {
  shareCapital: string;
};

function toForm(company: Company): CompanyForm {
  const { shareCapitalCents, ...rest } = company;
  const texts = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, value ?? '']),
  ) as Omit<CompanyForm, 'shareCapital'>;
  return {
    ...texts,
    shareCapital: shareCapitalCents === null ? '' : formatAmountForInput(shareCapitalCents),
  };
}

const FIELDS: { key: keyof CompanyForm; label: string }[] = [
  { key: 'legalName', label: 'Raison sociale' },
  { key: 'legalForm', label: 'Forme juridique' },
  { key: 'shareCapital', label: 'Capital social (€)' },
  { key: 'siren', label: 'SIREN' },
  { key: 'rcsCity', label: 'Ville du RCS' },
  { key: 'addressLine1', label: 'Adresse' },
  { key: 'addressLine2', label: 'Complément d’adresse' },
  { key: 'postalCode', label: 'Code postal' },
  { key: 'city', label: 'Ville' },
  { key: 'iban', label: 'IBAN' },
  { key: 'bic', label: 'BIC' },
  { key: 'contactName', label: 'Personne à contacter' },
  { key: 'email', label: 'E-mail' },
  { key: 'phone', label: 'Téléphone' },
];

// The capital is typed in euros under its own name; its messages come under the stored one.
function errorKey(key: keyof CompanyForm): string {
  return key === 'shareCapital' ? 'shareCapitalCents' : key;
}

// The banner lists the messages in the order of the fields on the screen.
function inFormOrder(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    FIELDS.map(({ key }) => [errorKey(key), errors[errorKey(key)]]).filter(([, text]) => text),
  );
}

/** Mon entreprise: the creditor's identity printed on letters and legal documents. */
export function CompanyPage({ onSaved }: { onSaved: (file: OpenFileInfo) => void }) {
  const company = useCall('company:get', {});
  if (company.error) return <ErrorBanner message={company.error} />;
  if (!company.data) return <p className="loading">Chargement…</p>;
  return <CompanyFormCard initial={toForm(company.data)} onSaved={onSaved} />;
}

function CompanyFormCard({
  initial,
  onSaved,
}: {
  initial: CompanyForm;
  onSaved: (file: OpenFileInfo) => void;
}) {
  const [form, setForm] = useState<CompanyForm>(initial);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const submission = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = new TypedValues();
    const { shareCapital, ...rest } = form;
    const input = normaliseCompanyInput({
      ...rest,
      shareCapitalCents:
        shareCapital.trim() === '' ? null : typed.amount('shareCapitalCents', shareCapital),
    });
    const errors: FieldErrors = { ...validateCompanyInput(input), ...typed.errors };
    if (hasFieldErrors(errors)) {
      submission.reject(inFormOrder(errors));
      return;
    }
    void submission.submit(
      () => callResult('company:update', input),
      async (saved) => {
        setForm(toForm(saved));
        setSavedAt(new Date().toLocaleTimeString('fr-FR'));
        const current = await call('file:current', {});
        if (current) onSaved(current);
      },
    );
  };

  return (
    <section className="page">
      <h1>Mon entreprise</h1>
      <p className="muted">
        Ces informations figurent sur vos lettres de relance, mises en demeure et requêtes.
      </p>
      <form className="form card" onSubmit={submit} noValidate aria-label="Mon entreprise">
        <ErrorBanner message={submission.message} fieldErrors={submission.fieldErrors} />
        {savedAt ? (
          <p className="banner banner--success" role="status">
            Enregistré à {savedAt}.
          </p>
        ) : null}
        <div className="form__grid">
          {FIELDS.map(({ key, label }) => (
            <Field key={key} label={label} name={key} error={submission.fieldErrors[errorKey(key)]}>
              <TextInput
                name={key}
                value={form[key]}
                onChange={(value) => setForm({ ...form, [key]: value })}
                error={submission.fieldErrors[errorKey(key)]}
              />
            </Field>
          ))}
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            Enregistrer
          </button>
        </div>
      </form>
    </section>
  );
}
