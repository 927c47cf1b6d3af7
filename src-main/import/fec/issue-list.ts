import type { FecIssue } from './types';

/** How many issues the preview lists in full; beyond that it only counts them. */
export const KEPT_ISSUES = 1_000;

/**
 * The issues found while reading, the first KEPT_ISSUES kept in full and the rest counted,
 * so that a file of a million broken lines does not fill the memory with messages.
 */
export class IssueList {
  private readonly kept: FecIssue[] = [];
  private total = 0;

  constructor(private readonly limit = KEPT_ISSUES) {}

  /** Records one issue. */
  add(issue: FecIssue): void {
    this.total += 1;
    if (this.kept.length < this.limit) this.kept.push(issue);
  }

  /** Every issue found, kept or not. */
  get count(): number {
    return this.total;
  }

  /** The kept issues in line order (an unbalanced entry is found after the lines below it). */
  list(): FecIssue[] {
    return [...this.kept].sort((a, b) => a.line - b.line);
  }
}
