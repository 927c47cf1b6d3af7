import type { FieldErrors } from '../domain/field-errors';

/** The closed list of error codes that cross the IPC boundary. */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'NO_OPEN_FILE',
  'FILE_NOT_FOUND',
  'FILE_NOT_RECOUVRA',
  'FILE_TOO_NEW',
  'FILE_DAMAGED',
  'FILE_LOCKED',
  'READ_ONLY',
  'FILE_ACCESS',
  'DISK_FULL',
  'CANCELLED',
  'SEND_FAILED',
  'UNSUPPORTED',
  'FORBIDDEN_SENDER',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error as the renderer receives it: a code, a French message, and per-field messages. */
export interface ErrorData {
  code: ErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
}

/** What every IPC call returns: the value, or the error as data (never a thrown stack). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorData };
