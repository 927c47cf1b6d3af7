import { parseAmount } from '../../../src-shared/money/parse-amount';
import { parseFrenchDate } from '../../../src-shared/dates/french-date';
import type { FieldErrors } from '../../../src-shared/domain/field-errors';

/**
 * Reads the typed amounts and dates of a form into cents and ISO dates,
 * collecting a French message per unreadable field. The typed text stays in
 * the form whatever happens.
 */
export class TypedValues {
  readonly errors: FieldErrors = {};

  amount(field: string, text: string): number {
    const parsed = parseAmount(text);
    if (parsed.ok) return parsed.cents;
    this.errors[field] = parsed.message;
    return 0;
  }

  date(field: string, text: string): string {
    const parsed = parseFrenchDate(text);
    if (parsed.ok) return parsed.date;
    this.errors[field] = parsed.message;
    return '';
  }
}
