import { useState, type FormEvent } from 'react';
import type { JudgeKind } from '../../../src-shared/legal/cerfa-forms';
import type { ClaimNature } from '../../../src-shared/legal/competent-court';
import { CLAIM_NATURE_LABELS, type DebtorProcedure } from '../../../src-shared/domain/legal-view';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { useAction } from './use-action';

interface CourtCardProps {
  procedure: DebtorProcedure;
  onChanged: (procedure: DebtorProcedure) => void;
}

export const JUDGE_LABELS: Record<JudgeKind, string> = {
  tc: 'Président du tribunal de commerce',
  tae: 'Président du tribunal des activités économiques',
  tj: 'Président du tribunal judiciaire',
  jcp: 'Juge des contentieux de la protection',
};

/** Which court, and why; the Seine-et-Marne choice; a court typed by hand outside the data. */
export function CourtCard({ procedure, onChanged }: CourtCardProps) {
  const action = useAction<DebtorProcedure>();
  const { court, debtorId } = procedure;
  const apply = async (work: () => Promise<DebtorProcedure>) => {
    const next = await action.run(work);
    if (next) onChanged(next);
  };

  return (
    <section className="card court-card" aria-labelledby="court-title">
      <h3 id="court-title">Tribunal compétent</h3>
      <ErrorBanner message={action.error} />
      <Field label="Nature de la créance" name="claimNature">
        <select
          id="claimNature"
          value={procedure.nature}
          onChange={(event) =>
            void apply(() =>
              call('legal:setNature', { debtorId, nature: event.target.value as ClaimNature }),
            )
          }
        >
          {Object.entries(CLAIM_NATURE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      {court.status === 'found' ? (
        <div data-testid="court-found">
          <p className="court-card__name">
            <strong>{court.court.name}</strong>
          </p>
          <p>
            {court.court.address ?? 'Adresse du greffe non renseignée'}
            <br />
            <span className="muted">
              {JUDGE_LABELS[court.court.judge]} · formulaire Cerfa n° {court.court.cerfa.number}
            </span>
          </p>
          <details>
            <summary>Pourquoi ce tribunal ?</summary>
            <p>{court.explanation}</p>
          </details>
          {court.caveats.map((caveat) => (
            <p key={caveat} className="banner banner--warning">
              {caveat}
            </p>
          ))}
          {court.source !== 'data' ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => void apply(() => call('legal:forgetCourt', { debtorId }))}
            >
              Changer de tribunal pour cette commune
            </button>
          ) : null}
        </div>
      ) : null}
      {court.status === 'choose' ? (
        <ChooseCourt
          reason={court.reason}
          candidates={court.candidates}
          busy={action.busy}
          onChoose={(courtCode) =>
            void apply(() => call('legal:chooseCourt', { debtorId, courtCode }))
          }
        />
      ) : null}
      {court.status === 'manual' ? (
        <ManualCourt
          reason={court.reason}
          nature={procedure.nature}
          busy={action.busy}
          onSave={(value) => void apply(() => call('legal:setManualCourt', { debtorId, ...value }))}
        />
      ) : null}
    </section>
  );
}

function ChooseCourt(props: {
  reason: string;
  candidates: { code: string; name: string }[];
  busy: boolean;
  onChoose: (code: string) => void;
}) {
  const [choice, setChoice] = useState('');
  return (
    <fieldset className="radio-group radio-group--column">
      <legend>Choisissez le tribunal de la commune du débiteur</legend>
      <p className="muted">{props.reason}</p>
      {props.candidates.map((candidate) => (
        <label key={candidate.code} className="checkbox">
          <input
            type="radio"
            name="courtChoice"
            value={candidate.code}
            checked={choice === candidate.code}
            onChange={() => setChoice(candidate.code)}
          />
          {candidate.name}
        </label>
      ))}
      <button
        type="button"
        className="button button--primary"
        disabled={!choice || props.busy}
        onClick={() => props.onChoose(choice)}
      >
        Retenir pour cette commune
      </button>
    </fieldset>
  );
}

function ManualCourt(props: {
  reason: string;
  nature: ClaimNature;
  busy: boolean;
  onSave: (value: { name: string; address: string; judge: JudgeKind }) => void;
}) {
  const defaultJudge: JudgeKind =
    props.nature === 'commercial' ? 'tc' : props.nature === 'protection' ? 'jcp' : 'tj';
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [judge, setJudge] = useState<JudgeKind>(defaultJudge);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSave({ name, address, judge });
  };
  return (
    <form className="form" onSubmit={submit} aria-label="Tribunal saisi à la main">
      <p className="muted">{props.reason}</p>
      <Field label="Nom du tribunal" name="manualCourtName">
        <TextInput name="manualCourtName" value={name} onChange={setName} />
      </Field>
      <Field label="Adresse du greffe" name="manualCourtAddress">
        <TextInput name="manualCourtAddress" value={address} onChange={setAddress} />
      </Field>
      <Field label="Juge saisi" name="manualCourtJudge">
        <select
          id="manualCourtJudge"
          value={judge}
          onChange={(event) => setJudge(event.target.value as JudgeKind)}
        >
          {Object.entries(JUDGE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <button
        type="submit"
        className="button button--primary"
        disabled={props.busy || !name.trim()}
      >
        Retenir pour cette commune
      </button>
    </form>
  );
}
