import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import type { InjonctionDraft } from '../../../src-shared/legal/injonction-draft';
import { parseAmount } from '../../../src-shared/money/parse-amount';
import { Field, TextInput } from '../../components/Field';
import { Money } from '../../components/Money';

/** The amounts as typed, keyed like the checks' fields (`invoices.0.principalCents`). */
export type AmountTexts = Record<string, string>;

interface DraftAmountsProps {
  draft: InjonctionDraft;
  texts: AmountTexts;
  errors: Record<string, string | undefined>;
  onDraft: (draft: InjonctionDraft) => void;
  onTexts: (texts: AmountTexts) => void;
}

/** The sums claimed: the principal per invoice, then each element with its basis. */
export function DraftAmounts({ draft, texts, errors, onDraft, onTexts }: DraftAmountsProps) {
  const amount = (key: string) => {
    const parsed = parseAmount(texts[key] ?? '');
    return parsed.ok ? parsed.cents : 0;
  };
  const total =
    draft.invoices.reduce(
      (sum, _invoice, index) => sum + amount(`invoices.${index}.principalCents`),
      0,
    ) +
    draft.elements.reduce(
      (sum, _element, index) => sum + amount(`elements.${index}.amountCents`),
      0,
    );

  const removeInvoice = (index: number) => {
    const nextTexts: AmountTexts = { ...texts };
    draft.invoices.forEach((_invoice, position) => {
      if (position >= index) {
        nextTexts[`invoices.${position}.principalCents`] =
          texts[`invoices.${position + 1}.principalCents`] ?? '';
      }
    });
    delete nextTexts[`invoices.${draft.invoices.length - 1}.principalCents`];
    onTexts(nextTexts);
    onDraft({
      ...draft,
      invoices: draft.invoices.filter((_invoice, position) => position !== index),
    });
  };
  const addCosts = () => {
    onTexts({ ...texts, [`elements.${draft.elements.length}.amountCents`]: '' });
    onDraft({
      ...draft,
      elements: [
        ...draft.elements,
        { key: 'frais', label: 'Frais accessoires', amountCents: 0, basis: '' },
      ],
    });
  };

  return (
    <fieldset className="card draft-amounts">
      <legend>Sommes demandées (CPC art. 1407)</legend>
      <table className="table">
        <thead>
          <tr>
            <th>Facture</th>
            <th>Date</th>
            <th>Échéance</th>
            <th>Principal réclamé</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {draft.invoices.map((invoice, index) => {
            const key = `invoices.${index}.principalCents`;
            return (
              <tr key={invoice.invoiceId}>
                <td>{invoice.number}</td>
                <td>{formatFrenchDate(invoice.issueDate)}</td>
                <td>{formatFrenchDate(invoice.dueDate)}</td>
                <td>
                  <Field label={`Principal ${invoice.number}`} name={key} error={errors[key]}>
                    <TextInput
                      name={key}
                      value={texts[key] ?? ''}
                      inputMode="decimal"
                      onChange={(value) => onTexts({ ...texts, [key]: value })}
                      error={errors[key]}
                    />
                  </Field>
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => removeInvoice(index)}
                  >
                    Retirer
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Field label="Fondement du principal" name="principalBasis">
        <textarea
          id="principalBasis"
          rows={2}
          value={draft.principalBasis}
          onChange={(event) => onDraft({ ...draft, principalBasis: event.target.value })}
        />
      </Field>
      {draft.elements.map((element, index) => {
        const key = `elements.${index}.amountCents`;
        const update = (patch: Partial<typeof element>) =>
          onDraft({
            ...draft,
            elements: draft.elements.map((item, position) =>
              position === index ? { ...item, ...patch } : item,
            ),
          });
        return (
          <div key={index} className="form__row draft-amounts__element">
            <Field label={element.label} name={key} error={errors[key]}>
              <TextInput
                name={key}
                value={texts[key] ?? ''}
                inputMode="decimal"
                onChange={(value) => onTexts({ ...texts, [key]: value })}
                error={errors[key]}
              />
            </Field>
            <Field
              label={`Fondement : ${element.label.toLowerCase()}`}
              name={`elements.${index}.basis`}
              error={errors[`elements.${index}.basis`]}
            >
              <textarea
                id={`elements.${index}.basis`}
                rows={2}
                value={element.basis}
                onChange={(event) => update({ basis: event.target.value })}
              />
            </Field>
          </div>
        );
      })}
      <div className="form__actions">
        <button type="button" className="button button--small" onClick={addCosts}>
          Ajouter des frais accessoires
        </button>
        <p className="draft-amounts__total">
          Total demandé :{' '}
          <strong data-testid="draft-total">
            <Money cents={total} />
          </strong>
        </p>
      </div>
    </fieldset>
  );
}
