/**
 * The building blocks of every generated document, independent of the docx
 * library: services describe a letter or a requête as blocks, and one
 * renderer turns them into Word. Amounts are already formatted text here.
 */
export type DocumentBlock =
  | { kind: 'heading'; text: string; level?: 1 | 2 }
  | {
      kind: 'paragraph';
      text: string;
      bold?: boolean;
      italic?: boolean;
      align?: 'left' | 'right' | 'center' | 'justify';
      /** Keeps the paragraph on the page of the next block (« Fait à … » above a signature). */
      keepWithNext?: boolean;
    }
  | { kind: 'bullets'; items: string[] }
  | {
      kind: 'table';
      header: string[];
      rows: string[][];
      numericColumns?: number[];
      footer?: string[];
      /** Relative column widths (e.g. [1, 9]); equal columns when absent. */
      widths?: number[];
      /** Smaller print and padding, for a table of many columns (a statement of account). */
      compact?: boolean;
    }
  /** Label and value pairs, as the boxes of an official form (« Dénomination : … »). */
  | { kind: 'fields'; rows: [string, string][] }
  /** A ticked or empty box followed by its text, as on a Cerfa. */
  | { kind: 'checkbox'; checked: boolean; text: string }
  | { kind: 'spacer' }
  | { kind: 'pageBreak' }
  | { kind: 'signature'; lines: string[] };

/** A postal address block, one line per entry. */
export interface AddressBlock {
  lines: string[];
}

/** A document: an optional letterhead and recipient, then its blocks. */
export interface DocumentSpec {
  title: string;
  /** The sender's letterhead (company name, address, SIREN…), top left. */
  letterhead?: AddressBlock;
  /** The recipient's address, top right as French letters have it. */
  recipient?: AddressBlock;
  /** « À Créteil, le 3 décembre 2026 » */
  placeAndDate?: string;
  /** Mentions above the subject, e.g. « Lettre recommandée avec accusé de réception ». */
  mentions?: string[];
  subject?: string;
  blocks: DocumentBlock[];
  /** Small print at the foot of every page (legal identity of the sender). */
  footer?: string;
}
