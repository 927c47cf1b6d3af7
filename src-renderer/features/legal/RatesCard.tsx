import { useState, type FormEvent } from 'react';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import type { LegalSettings } from '../../../src-shared/domain/legal-settings';
import { formatRate } from '../../../src-shared/legal/format-rate';
import { halfYearOf } from '../../../src-shared/legal/half-year';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { TypedValues } from '../ledger/amount-field';
import { parseRateText } from './rate-text';

interface RatesCardProps {
  settings: LegalSettings;
  today: string;
  onChanged: (settings: LegalSettings) => void;
}

const SHOWN = 8;

/** The ECB and taux légal tables (latest rows), with forms to add a newly published rate. */
export function RatesCard({ settings, today, onChanged }: RatesCardProps) {
  const start = formatFrenchDate(halfYearOf(today).start);
  const remove = useSubmit();
  const removeRow = (table: 'legal' | 'ecb', date: string) =>
    void remove.submit(() => callResult('legal:removeUserRate', { table, date }), onChanged);

  return (
    <section className="card" aria-labelledby="rates-title">
      <h2 id="rates-title">Taux</h2>
      <ErrorBanner message={remove.message} />
      <div className="columns">
        <div>
          <h3>Taux de la BCE (opérations principales de refinancement)</h3>
          <table className="table" aria-label="Taux BCE">
            <tbody>
              {settings.ecbRates
                .slice(-SHOWN)
                .reverse()
                .map((row) => (
                  <tr key={row.effective}>
                    <td>depuis le {formatFrenchDate(row.effective)}</td>
                    <td className="numeric">{formatRate(row.rateBp)}</td>
                    <td className="muted">
                      {row.origin === 'user' ? `saisi : ${row.source}` : 'livré'}
                    </td>
                    <td>
                      {row.origin === 'user' ? (
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => removeRow('ecb', row.effective)}
                        >
                          Retirer
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
          <RateForm kind="ecb" defaultDate={start} onSaved={onChanged} />
        </div>
        <div>
          <h3>Taux de l’intérêt légal (par semestre)</h3>
          <table className="table" aria-label="Taux de l'intérêt légal">
            <thead>
              <tr>
                <th>Semestre</th>
                <th className="numeric">Particulier créancier</th>
                <th className="numeric">Autres cas</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {settings.legalRates
                .slice(-SHOWN)
                .reverse()
                .map((row) => (
                  <tr key={row.start}>
                    <td>
                      {formatFrenchDate(row.start)}
                      {row.origin === 'user' ? <span className="badge">saisi</span> : null}
                    </td>
                    <td className="numeric">{formatRate(row.personnePhysiqueBp)}</td>
                    <td className="numeric">{formatRate(row.autresCasBp)}</td>
                    <td>
                      {row.origin === 'user' ? (
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => removeRow('legal', row.start)}
                        >
                          Retirer
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
          <RateForm kind="legal" defaultDate={start} onSaved={onChanged} />
        </div>
      </div>
    </section>
  );
}

function RateForm(props: {
  kind: 'ecb' | 'legal';
  defaultDate: string;
  onSaved: (settings: LegalSettings) => void;
}) {
  const [date, setDate] = useState(props.defaultDate);
  const [rate, setRate] = useState('');
  const [other, setOther] = useState('');
  const [source, setSource] = useState('');
  const submission = useSubmit();
  const prefix = props.kind === 'ecb' ? 'ecb' : 'legal';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = new TypedValues();
    const day = typed.date(`${prefix}Date`, date);
    const first = parseRateText(rate);
    if (!first.ok) typed.errors[`${prefix}Rate`] = first.message;
    const second = props.kind === 'legal' ? parseRateText(other) : null;
    if (second && !second.ok) typed.errors[`${prefix}Other`] = second.message;
    if (Object.keys(typed.errors).length > 0 || !first.ok || (second && !second.ok)) {
      submission.reject(typed.errors);
      return;
    }
    const work =
      props.kind === 'ecb'
        ? () =>
            callResult('legal:saveEcbRate', { input: { effective: day, rateBp: first.bp, source } })
        : () =>
            callResult('legal:saveLegalRate', {
              input: {
                start: day,
                personnePhysiqueBp: second!.ok ? second!.bp : 0,
                autresCasBp: first.bp,
                source,
              },
            });
    void submission.submit(work, (settings) => {
      setRate('');
      setOther('');
      props.onSaved(settings);
    });
  };

  const errors = submission.fieldErrors;
  return (
    <form
      className="form rate-form"
      onSubmit={submit}
      noValidate
      aria-label={props.kind === 'ecb' ? 'Ajouter un taux BCE' : 'Ajouter un taux légal'}
    >
      <ErrorBanner message={submission.message} />
      <div className="form__row">
        <Field
          label={props.kind === 'ecb' ? 'En vigueur le' : 'Semestre commençant le'}
          name={`${prefix}Date`}
          error={errors[`${prefix}Date`] ?? errors.effective ?? errors.start}
        >
          <TextInput name={`${prefix}Date`} value={date} onChange={setDate} />
        </Field>
        <Field
          label={props.kind === 'ecb' ? 'Taux BCE (%)' : 'Autres cas (%)'}
          name={`${prefix}Rate`}
          error={errors[`${prefix}Rate`] ?? errors.rateBp ?? errors.autresCasBp}
        >
          <TextInput
            name={`${prefix}Rate`}
            value={rate}
            onChange={setRate}
            inputMode="decimal"
            placeholder="2,15"
          />
        </Field>
        {props.kind === 'legal' ? (
          <Field
            label="Créancier particulier (%)"
            name="legalOther"
            error={errors.legalOther ?? errors.personnePhysiqueBp}
          >
            <TextInput name="legalOther" value={other} onChange={setOther} inputMode="decimal" />
          </Field>
        ) : null}
      </div>
      <Field label="Source" name={`${prefix}Source`} error={errors.source}>
        <TextInput
          name={`${prefix}Source`}
          value={source}
          onChange={setSource}
          placeholder={props.kind === 'ecb' ? 'Décision de la BCE du …' : 'Arrêté du … (JORF du …)'}
        />
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={submission.busy}>
          {props.kind === 'ecb' ? 'Ajouter ce taux BCE' : 'Ajouter ce taux légal'}
        </button>
      </div>
    </form>
  );
}
