import { AppError } from '../../errors/app-error';
import type { FecEncoding } from './types';

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
 * Raised by the line decoder when bytes 0x80–0x9F (Windows-1252 only) show up after lines with
 * ISO-8859-15 letters were already given out: the whole file must then be read again in
 * Windows-1252. Internal to the reader; it never reaches a caller of `readFecReceivables`.
 */
export class FecEncodingRestart extends Error {
  constructor(readonly encoding: FecEncoding) {
    super(`fec: bytes of another encoding after the first lines, reading again as ${encoding}`);
    this.name = 'FecEncodingRestart';
  }
}
