import type { FieldErrors } from '../../src-shared/domain/field-errors';
import type { ErrorCode, ErrorData } from '../../src-shared/ipc/errors';

/** An expected failure with a French message a bookkeeper can act on. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: FieldErrors | undefined;

  constructor(code: ErrorCode, message: string, fieldErrors?: FieldErrors) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  toData(): ErrorData {
    const data: ErrorData = { code: this.code, message: this.message };
    if (this.fieldErrors) data.fieldErrors = this.fieldErrors;
    return data;
  }
}

/** A validation failure: the form keeps what was typed and shows each message by its field. */
export function validationError(fieldErrors: FieldErrors, message?: string): AppError {
  const first = Object.values(fieldErrors).find(Boolean);
  return new AppError(
    'VALIDATION',
    message ?? first ?? 'Certaines informations sont invalides.',
    fieldErrors,
  );
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} est introuvable. Il a peut-être été archivé.`);
}
