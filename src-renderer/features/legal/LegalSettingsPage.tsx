import { useState, type FormEvent } from 'react';
import {
  DAY_COUNT_LABELS,
  type LegalOptions,
  type LegalSettings,
} from '../../../src-shared/domain/legal-settings';
import type { DayCountSetting } from '../../../src-shared/legal/day-count';
import { callResult } from '../../api/client';
import { useCall } from '../../api/use-call';
import { useSubmit } from '../../api/use-submit';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { CourtAddressesCard } from './CourtAddressesCard';
import { DirectoryCard } from './DirectoryCard';
import { RatesCard } from './RatesCard';
import { parseRateText, rateForInput } from './rate-text';

/** « Réglages juridiques »: day count, contractual rate, rates, court addresses, directory. */
export function LegalSettingsPage({ today }: { today: string }) {
  const loaded = useCall('legal:settings', {});
  const [override, setOverride] = useState<LegalSettings | null>(null);
  if (loaded.error) return <ErrorBanner message={loaded.error} />;
  const settings = override ?? loaded.data;
  if (!settings) return <p className="loading">Chargement des réglages…</p>;

  return (
    <section className="page">
      <h1>Réglages juridiques</h1>
      {settings.missing.length > 0 ? (
        <div className="banner banner--warning" role="alert">
          {settings.missing.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
      <OptionsCard
        options={settings.options}
        onSaved={(options) => setOverride({ ...settings, options })}
      />
      <RatesCard settings={settings} today={today} onChanged={setOverride} />
      <CourtAddressesCard courts={settings.courts} onChanged={setOverride} />
      <DirectoryCard />
    </section>
  );
}

function OptionsCard(props: { options: LegalOptions; onSaved: (options: LegalOptions) => void }) {
  const [dayCount, setDayCount] = useState<DayCountSetting>(props.options.dayCount);
  const [rate, setRate] = useState(
    props.options.contractualRateBp === null ? '' : rateForInput(props.options.contractualRateBp),
  );
  const [days, setDays] = useState(String(props.options.miseEnDemeureDays));
  const [saved, setSaved] = useState(false);
  const submission = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = rate.trim() ? parseRateText(rate) : null;
    const dayCountOk = /^\d{1,2}$/.test(days.trim());
    if ((parsed && !parsed.ok) || !dayCountOk) {
      submission.reject({
        ...(parsed && !parsed.ok ? { contractualRateBp: parsed.message } : {}),
        ...(dayCountOk ? {} : { miseEnDemeureDays: 'Indiquez un nombre de jours, ex. 8.' }),
      });
      return;
    }
    const options: LegalOptions = {
      dayCount,
      contractualRateBp: parsed && parsed.ok ? parsed.bp : null,
      miseEnDemeureDays: Number(days),
    };
    void submission.submit(
      () => callResult('legal:updateOptions', { options }),
      (value) => {
        setSaved(true);
        props.onSaved(value);
      },
    );
  };

  const errors = submission.fieldErrors;
  return (
    <form className="card form" onSubmit={submit} noValidate aria-label="Options de calcul">
      <h2>Calcul des pénalités et intérêts</h2>
      <ErrorBanner message={submission.message} />
      {saved ? (
        <p className="banner banner--success" role="status">
          Options enregistrées.
        </p>
      ) : null}
      <fieldset className="radio-group radio-group--column">
        <legend>Nombre de jours de l’année (les sources ne tranchent pas)</legend>
        {(Object.keys(DAY_COUNT_LABELS) as DayCountSetting[]).map((value) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name="dayCount"
              checked={dayCount === value}
              onChange={() => setDayCount(value)}
            />
            {DAY_COUNT_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <div className="form__row">
        <Field
          label="Taux des pénalités de vos conditions générales (%)"
          name="contractualRateBp"
          error={errors.contractualRateBp}
          hint={
            'Vide : taux légal, BCE + 10 points. Un taux inférieur à 3 fois le taux légal ' +
            'est refusé.'
          }
        >
          <TextInput
            name="contractualRateBp"
            value={rate}
            onChange={setRate}
            inputMode="decimal"
            error={errors.contractualRateBp}
          />
        </Field>
        <Field
          label="Délai de paiement des mises en demeure (jours)"
          name="miseEnDemeureDays"
          error={errors.miseEnDemeureDays}
        >
          <TextInput
            name="miseEnDemeureDays"
            value={days}
            onChange={setDays}
            inputMode="numeric"
            error={errors.miseEnDemeureDays}
          />
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={submission.busy}>
          Enregistrer les options
        </button>
      </div>
    </form>
  );
}
