// A spreadsheet reads a cell that starts with one of these as a formula (CSV injection): a
// debtor named `=HYPERLINK(…)` or `@SUM(…)` must stay a name on the accountant's machine.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text for a spreadsheet cell that can never run as a formula: a leading `=`, `+`, `-`, `@`,
 * tab or carriage return gets an apostrophe in front, which spreadsheets show as text. Only for
 * text: amounts and dates are written as numbers and dates, a negative amount stays a number.
 */
export function formulaSafeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
