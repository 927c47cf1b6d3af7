import {
  SHEET_FIELDS,
  fieldsOf,
  type ColumnMapping,
  type SheetField,
  type SheetTarget,
} from '../../../src-shared/domain/spreadsheet-import';

interface MappingFormProps {
  target: SheetTarget;
  headers: string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

/** Which column of the file feeds each field: one list per field, « — » for none. */
export function MappingForm({ target, headers, mapping, onChange }: MappingFormProps) {
  const choose = (field: SheetField, header: string) => {
    const next: ColumnMapping = { ...mapping };
    if (header === '') delete next[field];
    else next[field] = header;
    onChange(next);
  };
  return (
    <fieldset className="mapping">
      <legend>Colonnes du fichier</legend>
      <div className="form__grid">
        {fieldsOf(target).map((field) => (
          <div key={field} className="field">
            <label htmlFor={`map-${field}`}>{SHEET_FIELDS[field].label}</label>
            <select
              id={`map-${field}`}
              value={mapping[field] ?? ''}
              onChange={(event) => choose(field, event.target.value)}
            >
              <option value="">—</option>
              {headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
