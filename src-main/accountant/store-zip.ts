import fs from 'node:fs/promises';
import { AppError } from '../errors/app-error';
import { updateCrc32 } from './crc32';

/** A file to put in the archive: its name inside it, and where to read it. */
export interface ZipEntry {
  name: string;
  source: string;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
// Bit 11: the names are UTF-8 (« Échéances » must survive on any system).
const UTF8_NAMES = 0x0800;
const VERSION = 20;
// « Made by » UNIX (3): Info-ZIP's unzip then takes the names as they are
// (UTF-8) instead of converting them from an MS-DOS code page, and gives
// the extracted files ordinary read-write permissions (rw-r--r--).
const MADE_BY_UNIX = (3 << 8) | VERSION;
const REGULAR_FILE = (0o100644 << 16) >>> 0;
const LIMIT = 0xffffffff;
const CHUNK = 1024 * 1024;

/** MS-DOS date and time, in local time, as zip headers carry them. */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

function localHeader(
  name: Buffer,
  stamp: ReturnType<typeof dosDateTime>,
  crc: number,
  size: number,
) {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_HEADER, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(0, 8);
  header.writeUInt16LE(stamp.time, 10);
  header.writeUInt16LE(stamp.date, 12);
  header.writeUInt32LE(crc, 14);
  header.writeUInt32LE(size, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, name]);
}

function centralHeader(
  name: Buffer,
  stamp: ReturnType<typeof dosDateTime>,
  crc: number,
  size: number,
  offset: number,
) {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL_HEADER, 0);
  header.writeUInt16LE(MADE_BY_UNIX, 4);
  header.writeUInt16LE(VERSION, 6);
  header.writeUInt16LE(UTF8_NAMES, 8);
  header.writeUInt16LE(0, 10);
  header.writeUInt16LE(stamp.time, 12);
  header.writeUInt16LE(stamp.date, 14);
  header.writeUInt32LE(crc, 16);
  header.writeUInt32LE(size, 20);
  header.writeUInt32LE(size, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(REGULAR_FILE, 38);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, name]);
}

function tooBig(): AppError {
  return new AppError(
    'UNSUPPORTED',
    'Le dossier est trop volumineux pour un fichier .zip simple (plus de 4 Go) : ' +
      'envoyez le dossier tel quel, sans le compresser.',
  );
}

/**
 * Writes a zip archive whose entries are stored, not compressed: the SQLite
 * file and the spreadsheet (itself compressed) gain little from deflate,
 * and storing keeps the writer small enough to check byte by byte. Each
 * file is read once; its header is completed in place once its CRC is known.
 */
export async function writeStoredZip(
  target: string,
  entries: readonly ZipEntry[],
  modified: Date,
): Promise<void> {
  const stamp = dosDateTime(modified);
  const output = await fs.open(target, 'w');
  const central: Buffer[] = [];
  let offset = 0;
  try {
    for (const entry of entries) {
      const name = Buffer.from(entry.name, 'utf8');
      const headerAt = offset;
      offset += (await output.write(localHeader(name, stamp, 0, 0), 0, undefined, offset))
        .bytesWritten;
      const { crc, size } = await copyWithCrc(entry.source, output, offset);
      offset += size;
      if (size >= LIMIT || offset >= LIMIT) throw tooBig();
      await output.write(localHeader(name, stamp, crc, size), 0, undefined, headerAt);
      central.push(centralHeader(name, stamp, crc, size, headerAt));
    }
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_DIRECTORY, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    await output.write(Buffer.concat([directory, end]), 0, undefined, offset);
    await output.sync();
  } catch (error) {
    await output.close();
    await fs.rm(target, { force: true });
    throw error;
  }
  await output.close();
}

async function copyWithCrc(
  source: string,
  output: fs.FileHandle,
  at: number,
): Promise<{ crc: number; size: number }> {
  const input = await fs.open(source, 'r');
  const buffer = Buffer.alloc(CHUNK);
  let crc = 0;
  let size = 0;
  try {
    for (;;) {
      const { bytesRead } = await input.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      crc = updateCrc32(crc, chunk);
      await output.write(chunk, 0, bytesRead, at + size);
      size += bytesRead;
      if (size >= LIMIT) throw tooBig();
    }
  } finally {
    await input.close();
  }
  return { crc, size };
}
