import { useState, type FormEvent } from 'react';
import { SIZE_CLASS_LABELS, type SizeClass } from '../../../src-shared/domain/debtor';
import { normaliseDebtorInput, validateDebtorInput } from '../../../src-shared/domain/debtor-rules';
import { hasFieldErrors } from '../../../src-shared/domain/field-errors';
import {
  departementFromPostalCode,
  departementName,
} from '../../../src-shared/validators/postal-code';
import { isValidSiren, normaliseIdentifier } from '../../../src-shared/validators/siren';
import { frenchVatNumberFromSiren } from '../../../src-shared/validators/vat-number';
import { callResult } from '../../api/client';
import { useCall } from '../../api/use-call';
import { useSubmit } from '../../api/use-submit';
import { navigate, routeHash } from '../../app/route';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import {
  EMPTY_DEBTOR_FORM,
  formFromDebtor,
  inputFromForm,
  type DebtorFormState,
} from './debtor-form-state';

/** Creates a debtor (debtorId null) or edits one, once its current identity is loaded. */
export function DebtorEditPage({ debtorId }: { debtorId: number | null }) {
  const existing = useCall('debtors:get', { id: debtorId ?? 1 }, debtorId !== null);
  if (debtorId === null) return <DebtorForm debtorId={null} initial={EMPTY_DEBTOR_FORM} />;
  if (existing.error) return <ErrorBanner message={existing.error} />;
  if (!existing.data) return <p className="loading">Chargement…</p>;
  return <DebtorForm debtorId={debtorId} initial={formFromDebtor(existing.data.debtor)} />;
}

/** The debtor form; French messages by each field, nothing typed is lost on error. */
function DebtorForm({ debtorId, initial }: { debtorId: number | null; initial: DebtorFormState }) {
  const [form, setForm] = useState<DebtorFormState>(initial);
  const submission = useSubmit();

  const set =
    <K extends keyof DebtorFormState>(key: K) =>
    (value: DebtorFormState[K]) =>
      setForm((previous) => ({ ...previous, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = normaliseDebtorInput(inputFromForm(form));
    const errors = validateDebtorInput(input);
    if (hasFieldErrors(errors)) {
      submission.reject(errors);
      return;
    }
    void submission.submit(
      () =>
        debtorId === null
          ? callResult('debtors:create', { input })
          : callResult('debtors:update', { id: debtorId, input }),
      (debtor) => navigate({ screen: 'debtor', id: debtor.id }),
    );
  };

  const siren = normaliseIdentifier(form.siren);
  const departement = departementFromPostalCode(form.postalCode.trim());
  const errors = submission.fieldErrors;
  const isBusiness = form.kind === 'entreprise';
  const text = (
    key: keyof DebtorFormState,
    label: string,
    extra: { hint?: string; placeholder?: string } = {},
  ) => (
    <Field label={label} name={key} error={errors[key]} hint={extra.hint}>
      <TextInput
        name={key}
        value={form[key] as string}
        onChange={set(key) as (value: string) => void}
        error={errors[key]}
        placeholder={extra.placeholder}
      />
    </Field>
  );

  return (
    <section className="page">
      <p className="breadcrumb">
        <a href={routeHash({ screen: 'debtors' })}>Débiteurs</a> ›
      </p>
      <h1>{debtorId === null ? 'Nouveau débiteur' : 'Modifier le débiteur'}</h1>
      <form className="form card" onSubmit={submit} noValidate aria-label="Fiche débiteur">
        <ErrorBanner message={submission.message} fieldErrors={submission.fieldErrors} />
        <fieldset className="radio-group">
          <legend>Type de débiteur</legend>
          <label>
            <input
              type="radio"
              name="kind"
              checked={isBusiness}
              onChange={() => set('kind')('entreprise')}
            />
            Entreprise
          </label>
          <label>
            <input
              type="radio"
              name="kind"
              checked={!isBusiness}
              onChange={() => set('kind')('particulier')}
            />
            Particulier
          </label>
        </fieldset>
        <div className="form__row">
          {text('name', isBusiness ? 'Raison sociale' : 'Nom')}
          {isBusiness
            ? text('legalForm', 'Forme juridique', { placeholder: 'SARL, SAS…' })
            : text('firstName', 'Prénom')}
        </div>
        {isBusiness ? (
          <>
            <div className="form__row">
              {text('siren', 'SIREN', { placeholder: '9 chiffres' })}
              {text('siret', 'SIRET (siège ou établissement)', { placeholder: '14 chiffres' })}
            </div>
            <div className="form__row">
              {text('vatNumber', 'N° de TVA intracommunautaire')}
              <button
                type="button"
                className="button button--ghost"
                disabled={!isValidSiren(siren)}
                onClick={() => set('vatNumber')(frenchVatNumberFromSiren(siren) ?? '')}
              >
                Calculer depuis le SIREN
              </button>
            </div>
            <div className="form__row">
              {text('nafCode', 'Code NAF / APE', { placeholder: '62.02A' })}
              <Field label="Taille" name="sizeClass">
                <select
                  id="sizeClass"
                  value={form.sizeClass}
                  onChange={(event) => set('sizeClass')(event.target.value as SizeClass | '')}
                >
                  <option value="">Non renseignée</option>
                  {Object.entries(SIZE_CLASS_LABELS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
          </>
        ) : null}
        {text('sector', 'Secteur d’activité')}
        {text('addressLine1', 'Adresse')}
        {text('addressLine2', 'Complément d’adresse')}
        <div className="form__row">
          {text('postalCode', 'Code postal', {
            hint: departement
              ? `Département : ${departement} ${departementName(departement) ?? ''}`
              : undefined,
          })}
          {text('city', 'Ville')}
        </div>
        <div className="form__row">
          {text('phone', 'Téléphone')}
          {text('email', 'E-mail')}
        </div>
        {text('tags', 'Étiquettes', { hint: 'Séparées par des virgules : grand compte, BTP…' })}
        <Field label="Notes" name="notes">
          <textarea
            id="notes"
            value={form.notes}
            onChange={(event) => set('notes')(event.target.value)}
            rows={4}
          />
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={submission.busy}>
            {debtorId === null ? 'Créer le débiteur' : 'Enregistrer'}
          </button>
          <a
            className="button"
            href={
              debtorId === null
                ? routeHash({ screen: 'debtors' })
                : routeHash({ screen: 'debtor', id: debtorId })
            }
          >
            Annuler
          </a>
        </div>
      </form>
    </section>
  );
}
