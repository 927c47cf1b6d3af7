// Bytes 0x80 to 0x9F of Windows-1252 (€, œ, curly quotes, dashes…), which Node's TextDecoder
// reads as Latin-1 control characters whatever label it is given. The five bytes Windows-1252
// leaves undefined stay as those control characters.
const HIGH_BYTES = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const latin1 = new TextDecoder('latin1');

/** Windows-1252 decoded byte by byte, the range 0x80–0x9F included. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (character) => {
    return HIGH_BYTES[character.charCodeAt(0) - 0x80] ?? character;
  });
}
