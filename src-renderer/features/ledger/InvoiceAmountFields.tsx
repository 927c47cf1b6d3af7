import type { FieldErrors } from '../../../src-shared/domain/field-errors';
import {
  VAT_RATES,
  type InvoiceAmountField,
  type InvoiceAmountsReading,
  type TypedInvoiceAmounts,
} from '../../../src-shared/domain/invoice-amounts';
import { formatAmountForInput } from '../../../src-shared/money/format-amount';
import { Field, TextInput } from '../../components/Field';

// The select's value for an invoice whose lines carry different rates: the VAT is then typed.
const SEVERAL_RATES = 'plusieurs';

interface InvoiceAmountFieldsProps {
  typed: TypedInvoiceAmounts;
  rateBasisPoints: number | null;
  reading: InvoiceAmountsReading;
  errors: FieldErrors;
  onType: (field: InvoiceAmountField, text: string | undefined) => void;
  onRate: (rateBasisPoints: number | null) => void;
}

/**
 * HT, rate, VAT and TTC of an invoice. Whatever is not typed is computed and shown in its field,
 * where it can be overwritten: the invoice's own VAT when it was rounded line by line, or a TTC
 * typed straight from the paper invoice.
 */
export function InvoiceAmountFields(props: InvoiceAmountFieldsProps) {
  const { typed, rateBasisPoints, reading, errors, onType, onRate } = props;

  const amountField = (field: InvoiceAmountField, label: string) => {
    const computed = typed[field] === undefined;
    const cents = reading.amounts[field];
    const shown = typed[field] ?? (cents === undefined ? '' : formatAmountForInput(cents));
    return (
      <Field
        label={label}
        name={field}
        error={errors[field]}
        hint={computed && cents !== undefined ? 'Calculé, modifiable' : undefined}
      >
        <TextInput
          name={field}
          value={shown}
          onChange={(text) => onType(field, text)}
          // A field emptied and left goes back to being computed.
          onBlur={() => {
            if (typed[field]?.trim() === '') onType(field, undefined);
          }}
          inputMode="decimal"
          placeholder={field === 'amountExclTaxCents' ? '1 234,56' : undefined}
          error={errors[field]}
        />
      </Field>
    );
  };

  const someTyped = reading.computed.length > 0 && reading.computed.length < 3;
  const rateIgnored = rateBasisPoints !== null && someTyped && !reading.usedRate;
  return (
    <>
      <div className="form__row">
        {amountField('amountExclTaxCents', 'Montant HT')}
        <Field
          label="Taux de TVA"
          name="vatRate"
          hint={rateIgnored ? 'Sans effet : la TVA vient des montants saisis' : undefined}
        >
          <select
            id="vatRate"
            value={rateBasisPoints === null ? SEVERAL_RATES : String(rateBasisPoints)}
            onChange={(event) =>
              onRate(event.target.value === SEVERAL_RATES ? null : Number(event.target.value))
            }
          >
            {VAT_RATES.map((rate) => (
              <option key={rate.basisPoints} value={rate.basisPoints}>
                {rate.label}
              </option>
            ))}
            <option value={SEVERAL_RATES}>Plusieurs taux</option>
          </select>
        </Field>
      </div>
      <div className="form__row">
        {amountField('vatCents', 'Montant de TVA')}
        {amountField('amountInclTaxCents', 'Montant TTC')}
      </div>
    </>
  );
}
