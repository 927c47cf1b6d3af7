import { useState } from 'react';
import type { RelanceConfiguration } from '../../../src-shared/ipc/channels/relance-channels';
import { formatAmountForInput } from '../../../src-shared/money/format-amount';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TypedValues } from '../ledger/amount-field';

interface RuleForm {
  scenarioId: number;
  riskClass: string;
  sector: string;
  debtorKind: '' | 'entreprise' | 'particulier';
  minOpen: string;
}

/** The rules that choose a debtor's plan, tried in order; the default plan catches the rest. */
export function AssignmentRulesCard(props: {
  configuration: RelanceConfiguration;
  onSaved: () => void;
}) {
  const active = props.configuration.scenarios.filter((scenario) => !scenario.archived);
  const [rules, setRules] = useState<RuleForm[]>(
    props.configuration.rules.map((rule) => ({
      scenarioId: rule.scenarioId,
      riskClass: rule.riskClass ?? '',
      sector: rule.sector ?? '',
      debtorKind: rule.debtorKind ?? '',
      minOpen: rule.minOpenCents === null ? '' : formatAmountForInput(rule.minOpenCents),
    })),
  );
  const submission = useSubmit();
  const setRule = (index: number, change: Partial<RuleForm>) =>
    setRules(rules.map((rule, at) => (at === index ? { ...rule, ...change } : rule)));
  const save = () => {
    const typed = new TypedValues();
    const input = rules.map((rule, index) => ({
      scenarioId: rule.scenarioId,
      riskClass: rule.riskClass || null,
      sector: rule.sector.trim() || null,
      debtorKind: rule.debtorKind || null,
      minOpenCents: rule.minOpen.trim()
        ? typed.amount(`rules.${index}.minOpenCents`, rule.minOpen)
        : null,
    }));
    if (Object.keys(typed.errors).length > 0) {
      submission.reject(typed.errors);
      return;
    }
    void submission.submit(
      () => callResult('scenarios:saveRules', { rules: input }),
      props.onSaved,
    );
  };
  return (
    <section className="card" aria-labelledby="rules-title">
      <h2 id="rules-title">Attribution automatique</h2>
      <p className="muted">
        La première règle qui correspond choisit le plan ; un plan choisi sur la fiche d’un débiteur
        passe avant.
      </p>
      <ErrorBanner message={submission.message} />
      <table className="table rules">
        <thead>
          <tr>
            <th>Type</th>
            <th>Secteur</th>
            <th>Classe de risque</th>
            <th>Encours dès (€)</th>
            <th>Plan</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rules.map((rule, index) => (
            <tr key={index}>
              <td>
                <select
                  aria-label={`Type de débiteur, règle ${index + 1}`}
                  value={rule.debtorKind}
                  onChange={(e) =>
                    setRule(index, { debtorKind: e.target.value as RuleForm['debtorKind'] })
                  }
                >
                  <option value="">Tous</option>
                  <option value="entreprise">Entreprise</option>
                  <option value="particulier">Particulier</option>
                </select>
              </td>
              <td>
                <input
                  aria-label={`Secteur, règle ${index + 1}`}
                  value={rule.sector}
                  onChange={(e) => setRule(index, { sector: e.target.value })}
                  placeholder="Tous"
                />
              </td>
              <td>
                <select
                  aria-label={`Classe de risque, règle ${index + 1}`}
                  value={rule.riskClass}
                  onChange={(e) => setRule(index, { riskClass: e.target.value })}
                >
                  <option value="">Toutes</option>
                  {['A', 'B', 'C', 'D'].map((risk) => (
                    <option key={risk} value={risk}>
                      {risk}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={`Encours minimum, règle ${index + 1}`}
                  value={rule.minOpen}
                  onChange={(e) => setRule(index, { minOpen: e.target.value })}
                  inputMode="decimal"
                  placeholder="Tout montant"
                />
                {submission.fieldErrors[`rules.${index}.minOpenCents`] ? (
                  <p className="field__error">
                    {submission.fieldErrors[`rules.${index}.minOpenCents`]}
                  </p>
                ) : null}
              </td>
              <td>
                <select
                  aria-label={`Plan, règle ${index + 1}`}
                  value={rule.scenarioId}
                  onChange={(e) => setRule(index, { scenarioId: Number(e.target.value) })}
                >
                  {active.map((scenario) => (
                    <option key={scenario.id} value={scenario.id}>
                      {scenario.name}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button
                  type="button"
                  className="button button--ghost"
                  onClick={() => setRules(rules.filter((_, at) => at !== index))}
                >
                  Retirer
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form__actions">
        <button
          type="button"
          className="button"
          disabled={active.length === 0}
          onClick={() =>
            setRules([
              ...rules,
              { scenarioId: active[0]!.id, riskClass: '', sector: '', debtorKind: '', minOpen: '' },
            ])
          }
        >
          Ajouter une règle
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={save}
          disabled={submission.busy}
        >
          Enregistrer les règles
        </button>
      </div>
    </section>
  );
}
