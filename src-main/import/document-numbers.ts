const MAX_NUMBER_LENGTH = 80;

/**
 * The document numbers already used by one debtor, for invoices or credit notes, so that an
 * imported piece never collides with another: a second piece `VE 0323` becomes `VE 0323 (2)`.
 */
export class DocumentNumbers {
  private readonly used = new Set<string>();

  constructor(existing: Iterable<string> = []) {
    for (const number of existing) this.used.add(number);
  }

  /** True when the number is already taken. */
  has(number: string): boolean {
    return this.used.has(number);
  }

  /** Takes the number, or the first free `number (n)`, and returns what was taken. */
  take(wanted: string): string {
    const base = wanted.replace(/\s+/g, ' ').trim().slice(0, MAX_NUMBER_LENGTH);
    let candidate = base;
    for (let suffix = 2; this.used.has(candidate); suffix += 1) {
      candidate = `${base} (${suffix})`;
    }
    this.used.add(candidate);
    return candidate;
  }
}
