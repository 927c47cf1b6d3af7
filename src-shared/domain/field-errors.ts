/**
 * What is wrong with a form, as one French message per field, keyed by the input's field name so
 * the UI can show each message under its field. An empty object means the input is valid.
 */
export type FieldErrors<Field extends string = string> = Partial<Record<Field, string>>;

/** True when at least one field has an error. */
export function hasFieldErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}

/** Drops the fields whose message is undefined, so that a valid input gives an empty object. */
export function compactErrors<Errors extends FieldErrors>(errors: Errors): Errors {
  const entries = Object.entries(errors).filter(([, message]) => message !== undefined);
  return Object.fromEntries(entries) as Errors;
}
