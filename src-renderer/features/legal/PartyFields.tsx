import type { PartyDraft } from '../../../src-shared/legal/injonction-draft';
import { Field, TextInput } from '../../components/Field';

interface PartyFieldsProps {
  legend: string;
  prefix: 'creditor' | 'debtor';
  party: PartyDraft;
  errors: Record<string, string | undefined>;
  onChange: (party: PartyDraft) => void;
}

const COMPANY: [keyof PartyDraft, string][] = [
  ['name', 'Dénomination'],
  ['legalForm', 'Forme juridique'],
  ['siren', 'SIREN'],
];

const PERSON: [keyof PartyDraft, string][] = [
  ['name', 'Nom'],
  ['firstName', 'Prénoms'],
];

const ADDRESS: [keyof PartyDraft, string][] = [
  ['addressLine1', 'Adresse'],
  ['addressLine2', 'Complément d’adresse'],
  ['postalCode', 'Code postal'],
  ['city', 'Ville'],
];

/** A party of the requête as CPC art. 57 asks for it, every field editable. */
export function PartyFields({ legend, prefix, party, errors, onChange }: PartyFieldsProps) {
  const fields = [
    ...(party.kind === 'particulier' ? PERSON : COMPANY),
    ...ADDRESS,
    ...(prefix === 'creditor'
      ? [['representative', 'Représentée par'] as [keyof PartyDraft, string]]
      : []),
  ];
  return (
    <fieldset className="card form__grid party-fields">
      <legend>{legend}</legend>
      {fields.map(([key, label]) => {
        const name = `${prefix}.${key}`;
        return (
          <Field key={name} label={label} name={name} error={errors[name]}>
            <TextInput
              name={name}
              value={String(party[key])}
              onChange={(value) => onChange({ ...party, [key]: value })}
              error={errors[name]}
            />
          </Field>
        );
      })}
    </fieldset>
  );
}
