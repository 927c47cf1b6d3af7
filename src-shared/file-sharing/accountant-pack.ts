import type { Cents } from '../money/cents';

/** What « Envoyer au comptable » wrote: one folder (or one zip) to hand over. */
export interface AccountantPack {
  /** The folder, or the zip file when a zip was asked for. */
  path: string;
  kind: 'folder' | 'zip';
  /** The names of the files inside, in the order they were written. */
  files: string[];
  asOf: string;
  openItemCount: number;
  totalOpenCents: Cents;
}
