import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../errors/app-error';
import { FecCancelledError } from './fec-errors';
import type { FecReadOptions } from './types';

const CHUNK_BYTES = 65_536;

/**
 * Reads a file chunk by chunk, reporting the bytes read after each chunk and stopping with
 * FecCancelledError as soon as the signal is aborted. A missing or unreadable file becomes an
 * AppError with a French message.
 */
export async function* readFileChunks(
  filePath: string,
  { onProgress, signal }: FecReadOptions = {},
): AsyncGenerator<Uint8Array> {
  if (signal?.aborted) throw new FecCancelledError();
  const totalBytes = await sizeOf(filePath);
  onProgress?.({ bytesRead: 0, totalBytes });

  let bytesRead = 0;
  const stream = fs.createReadStream(filePath, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (signal?.aborted) throw new FecCancelledError();
      bytesRead += chunk.length;
      onProgress?.({ bytesRead, totalBytes });
      yield chunk;
    }
  } catch (error) {
    throw error instanceof AppError ? error : unreadable(filePath);
  } finally {
    stream.destroy();
  }
  if (signal?.aborted) throw new FecCancelledError();
}

async function sizeOf(filePath: string): Promise<number> {
  let stats: fs.Stats;
  try {
    stats = await fs.promises.stat(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError(
        'FILE_NOT_FOUND',
        `Le fichier « ${path.basename(filePath)} » est introuvable. Il a peut-être été déplacé, ` +
          `renommé ou supprimé.`,
      );
    }
    throw unreadable(filePath);
  }
  if (!stats.isFile()) {
    throw new AppError('FILE_ACCESS', `« ${path.basename(filePath)} » n'est pas un fichier.`);
  }
  return stats.size;
}

function unreadable(filePath: string): AppError {
  return new AppError(
    'FILE_ACCESS',
    `Le fichier « ${path.basename(filePath)} » n'a pas pu être lu (droits d'accès, clé USB ` +
      `retirée, dossier réseau coupé ?).`,
  );
}
