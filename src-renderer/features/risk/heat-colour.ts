// From a pale sand (nothing owed) to a deep red (the largest amount on the screen). The square
// root keeps small amounts visible next to one very large one.
const LOW = [253, 242, 233];
const HIGH = [179, 38, 30];

/** The fill of an area or a cell holding `value` when the largest one holds `max`. */
export function heatColour(value: number, max: number): string {
  if (value <= 0 || max <= 0) return '#f4f6f9';
  const share = Math.sqrt(Math.min(1, value / max));
  const channel = (index: number) => Math.round(LOW[index]! + (HIGH[index]! - LOW[index]!) * share);
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}

/** Dark text on light fills, white on dark ones, so that labels stay readable. */
export function inkOn(value: number, max: number): string {
  return max > 0 && Math.sqrt(Math.min(1, value / max)) > 0.55 ? '#ffffff' : '#1d2433';
}
