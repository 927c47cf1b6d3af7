/** How a data line of a FEC is expected to be read. */
export type Reading = 'utf-8' | 'iso-8859-15' | 'windows-1252' | 'unreadable';

// What Windows-1252 reads at 0x80–0x9F (the five undefined bytes left out); the rest of the
// bytes above 0x7F read as Latin-1. Written out here, apart from the code under test.
const WINDOWS_1252_HIGH: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

const isUtf8 = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

const hasC1 = (bytes: Uint8Array) => bytes.some((byte) => byte >= 0x80 && byte <= 0x9f);

/**
 * The rule the reader follows, written the plainest way, line by line in file order: UTF-8
 * while the bytes are valid UTF-8 (Latin-9 bytes sometimes are: é followed by ŒŒ is E9 BC BC);
 * once a multi-byte character was read (or after a BOM), a line that is not UTF-8 is
 * unreadable; before that, the first such line turns the rest of the file into one single-byte
 * encoding: Windows-1252 if bytes 0x80–0x9F occur anywhere in that rest, ISO-8859-15 if not.
 */
export function readingsOf(lines: Uint8Array[], bom: boolean): Reading[] {
  let state: 'detect' | 'utf-8' | 'single-byte' = bom ? 'utf-8' : 'detect';
  const readings: (Reading | 'single-byte')[] = lines.map((bytes) => {
    if (state === 'single-byte') return 'single-byte';
    if (isUtf8(bytes)) {
      if (bytes.some((byte) => byte >= 0x80)) state = 'utf-8';
      return 'utf-8';
    }
    if (state === 'utf-8') return 'unreadable';
    state = 'single-byte';
    return 'single-byte';
  });
  const windows = lines.some((bytes, index) => readings[index] === 'single-byte' && hasC1(bytes));
  return readings.map((reading, index) => {
    if (reading !== 'single-byte') return reading;
    if (!windows) return 'iso-8859-15';
    const undefinedByte = lines[index]?.some((byte) =>
      [0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(byte),
    );
    return undefinedByte ? 'unreadable' : 'windows-1252';
  });
}

/** The text bytes read as, the way the reading says. */
export function decodeAs(reading: Reading, bytes: Uint8Array): string {
  if (reading === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  if (reading === 'iso-8859-15') return new TextDecoder('iso-8859-15').decode(bytes);
  return [...bytes].map((byte) => WINDOWS_1252_HIGH[byte] ?? String.fromCharCode(byte)).join('');
}
