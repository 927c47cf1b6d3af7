import { decodeWindows1252 } from '../windows-1252';

/** How the bytes of a text spreadsheet were read. */
export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16';

/**
 * Decodes a CSV as French software writes it: UTF-8 with or without BOM, UTF-16 with its BOM
 * (Excel's « texte Unicode »), and otherwise Windows-1252, which is what Excel writes under
 * « CSV (séparateur : point-virgule) » on a French Windows. Bytes that are valid UTF-8 are
 * read as UTF-8: a Windows-1252 text with accents is almost never valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(label).decode(bytes.subarray(2)), encoding: 'utf-16' };
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
