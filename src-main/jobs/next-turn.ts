/**
 * Lets the event loop run once. better-sqlite3 answers synchronously, so a
 * long task that only awaits the database never gives Electron or the bridge
 * a turn: its progress is not polled, its cancel button not heard, and every
 * other call waits. A task awaits this between its items.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
