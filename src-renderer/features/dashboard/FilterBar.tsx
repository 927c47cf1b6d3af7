import { useState, type FormEvent } from 'react';
import type { FieldErrors } from '../../../src-shared/domain/field-errors';
import type { DashboardQueryInput } from '../../../src-shared/ipc/schemas/reporting-schemas';
import { RISK_CLASSES, RISK_CLASS_LABELS } from '../../../src-shared/risk/risk-class';
import { ILE_DE_FRANCE_DEPARTEMENTS } from '../../../src-shared/validators/postal-code';
import { useCall } from '../../api/use-call';
import { NO_SECTOR, queryFromDraft, type FilterDraft } from './filter-state';

interface FilterBarProps {
  draft: FilterDraft;
  onDraftChange: (draft: FilterDraft) => void;
  onApply: (query: DashboardQueryInput) => void;
  today: string;
}

/** Period, sector, département and risk class: the filters every figure of the screen follows. */
export function FilterBar({ draft, onDraftChange, onApply, today }: FilterBarProps) {
  const facets = useCall('debtors:facets', {});
  const [errors, setErrors] = useState<FieldErrors<'from' | 'to'>>({});
  const shown = errors;

  const apply = (next: FilterDraft) => {
    const parsed = queryFromDraft(next, today);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    onApply(parsed.query);
  };
  const change = (patch: Partial<FilterDraft>, immediately: boolean) => {
    const next = { ...draft, ...patch };
    onDraftChange(next);
    if (immediately) apply(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };

  return (
    <form className="toolbar filters no-print" onSubmit={submit} aria-label="Filtres">
      <label className="filters__date">
        Du
        <input
          type="text"
          name="from"
          value={draft.from}
          placeholder="JJ/MM/AAAA"
          aria-invalid={shown.from ? true : undefined}
          onChange={(event) => change({ from: event.target.value }, false)}
        />
      </label>
      <label className="filters__date">
        Au
        <input
          type="text"
          name="to"
          value={draft.to}
          placeholder="JJ/MM/AAAA"
          aria-invalid={shown.to ? true : undefined}
          onChange={(event) => change({ to: event.target.value }, false)}
        />
      </label>
      <button type="submit" className="button">
        Actualiser
      </button>
      <select
        aria-label="Secteur"
        value={draft.sector}
        onChange={(event) => change({ sector: event.target.value }, true)}
      >
        <option value="">Tous les secteurs</option>
        {facets.data?.sectors.map((sector) => (
          <option key={sector} value={sector}>
            {sector}
          </option>
        ))}
        <option value={NO_SECTOR}>Sans secteur</option>
      </select>
      <select
        aria-label="Département"
        value={draft.departement}
        onChange={(event) => change({ departement: event.target.value }, true)}
      >
        <option value="">Tous les départements</option>
        {ILE_DE_FRANCE_DEPARTEMENTS.map((departement) => (
          <option key={departement.code} value={departement.code}>
            {departement.code} {departement.name}
          </option>
        ))}
        <option value="hors_idf">Hors Île-de-France</option>
      </select>
      <select
        aria-label="Classe de risque"
        value={draft.riskClass}
        onChange={(event) =>
          change({ riskClass: event.target.value as FilterDraft['riskClass'] }, true)
        }
      >
        <option value="">Toutes les classes</option>
        {RISK_CLASSES.map((riskClass) => (
          <option key={riskClass} value={riskClass}>
            {RISK_CLASS_LABELS[riskClass]}
          </option>
        ))}
      </select>
      {shown.from || shown.to ? (
        <p className="field__error filters__error" role="alert">
          {[shown.from, shown.to].filter(Boolean).join(' ')}
        </p>
      ) : null}
    </form>
  );
}
