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
    }
  | { kind: 'bullets'; items: string[] }
  | {
      kind: 'table';
      header: string[];
      rows: string[][];
      numericColumns?: number[];
      footer?: string[];
    }
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
