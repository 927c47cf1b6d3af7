import { AppError } from '../../errors/app-error';

/** The file is not a FEC at all (empty, binary, another kind of table): refused at once. */
export class FecNotRecognisedError extends AppError {
  constructor(reason: string) {
    super('UNSUPPORTED', `Ce fichier n'est pas un FEC : ${reason}`);
    this.name = 'FecNotRecognisedError';
  }
}

/** The user cancelled the reading through the AbortSignal. */
export class FecCancelledError extends AppError {
  constructor() {
    super('CANCELLED', "La lecture du FEC a été annulée. Rien n'a été importé.");
    this.name = 'FecCancelledError';
  }
}

/**
 * Raised by the line splitter when bytes that are not UTF-8 show up after text that was
 * already decoded as multi-byte UTF-8: the whole file must then be read again as ISO-8859-15.
 * Internal to the reader; it never reaches a caller of `readFecReceivables`.
 */
export class FecEncodingRestart extends Error {
  constructor() {
    super('fec: invalid UTF-8 after multi-byte text, reading again as ISO-8859-15');
    this.name = 'FecEncodingRestart';
  }
}
