/** `262` basis points → `2,62 %` (no-break space before the sign, as French typography wants). */
export function formatRate(rateBp: number): string {
  const sign = rateBp < 0 ? '-' : '';
  const magnitude = Math.abs(rateBp);
  const units = Math.floor(magnitude / 100);
  const hundredths = String(magnitude % 100).padStart(2, '0');
  return `${sign}${units},${hundredths}\u00a0%`;
}
