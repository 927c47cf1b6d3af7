// CRC-32 as zip files use it (IEEE 802.3, reflected polynomial 0xEDB88320),
// computed with the classic 256-entry table.
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let byte = 0; byte < 256; byte += 1) {
    let value = byte;
    for (let bit = 0; bit < 8; bit += 1) {
      value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    }
    table[byte] = value >>> 0;
  }
  return table;
})();

/** Continues a CRC-32 over more bytes; start from 0 and feed the chunks in order. */
export function updateCrc32(crc: number, bytes: Uint8Array): number {
  let value = ~crc >>> 0;
  for (const byte of bytes) value = (TABLE[(value ^ byte) & 0xff] ?? 0) ^ (value >>> 8);
  return ~value >>> 0;
}
