import path from 'node:path';
import type { CalendarDate } from '../../../src-shared/dates/calendar-date';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import { isValidSiren } from '../../../src-shared/validators/siren';
import { parseFecFileName } from './fec-file-name';
import type { FecFileFacts } from './fec-reader';
import type { IssueList } from './issue-list';
import type { FecCustomer, FecIssue, FecItemKind, FecPreview } from './types';

/** What the preview is made from, once the whole file has been read. */
export interface FecPreviewInput {
  filePath: string;
  facts: FecFileFacts;
  customers: FecCustomer[];
  issues: IssueList;
  period: { from: CalendarDate; to: CalendarDate } | null;
  rejectedLines: FecIssue[];
  rejectedLineCount: number;
}

/** Sums up a read FEC for the import screen: company, period, customers, totals, issues. */
export function buildFecPreview(input: FecPreviewInput): FecPreview {
  const { facts, customers, issues, period } = input;
  const name = parseFecFileName(input.filePath);

  const itemCountByKind: Record<FecItemKind, number> = {
    invoice: 0,
    payment: 0,
    refund: 0,
    'credit-note': 0,
    opening: 0,
    adjustment: 0,
  };
  let invoicedCents = 0;
  let paidCents = 0;
  for (const customer of customers) {
    for (const item of customer.items) {
      itemCountByKind[item.kind] += 1;
      if (item.kind === 'invoice') invoicedCents += item.debitCents - item.creditCents;
      if (item.kind === 'payment') paidCents += item.creditCents - item.debitCents;
    }
  }

  return {
    fileName: path.basename(input.filePath),
    company: { siren: name.siren, closingDate: name.closingDate },
    encoding: facts.encoding,
    separator: facts.layout.separator,
    period,
    lineCount: facts.lineCount,
    rejectedLineCount: input.rejectedLineCount,
    rejectedLines: input.rejectedLines,
    customers: customers.map((customer) => ({
      key: customer.key,
      name: customer.name,
      itemCount: customer.items.length,
      openItemCount: customer.openItems.length,
      balanceCents: customer.balanceCents,
      openBalanceCents: customer.openBalanceCents,
    })),
    invoicedCents,
    paidCents,
    itemCountByKind,
    errors: issues.list(),
    errorCount: issues.count,
    warnings: warningsOf(input, name),
    hasDueDateColumn: facts.layout.columns.dueDate !== undefined,
  };
}

function warningsOf(input: FecPreviewInput, name: ReturnType<typeof parseFecFileName>): string[] {
  const warnings: string[] = [];
  const missing = input.facts.layout.missingColumns;
  if (missing.length > 0) {
    warnings.push(`Colonnes absentes de l'en-tête, lues comme vides : ${missing.join(', ')}.`);
  }

  if (name.identifier === null) {
    warnings.push(
      'Le nom du fichier ne suit pas la forme <SIREN>FEC<AAAAMMJJ> : le SIREN et la date de ' +
        'clôture ne sont pas connus.',
    );
  } else if (name.siren === null) {
    warnings.push(
      `Le nom du fichier commence par « ${name.identifier} », qui n'est pas un SIREN à 9 chiffres.`,
    );
  } else if (!isValidSiren(name.siren)) {
    warnings.push(
      `Le SIREN du nom de fichier (${name.siren}) n'est pas valide : sa clé de contrôle est ` +
        `fausse.`,
    );
  }

  const { period } = input;
  if (period !== null && name.closingDate !== null && period.to > name.closingDate) {
    const closing = formatFrenchDate(name.closingDate);
    const last = formatFrenchDate(period.to);
    warnings.push(
      `Des écritures sont datées après la date de clôture que porte le nom du fichier ` +
        `(${closing}) : la dernière est du ${last}.`,
    );
  }
  if (input.customers.length === 0) {
    warnings.push("Aucune ligne sur un compte client (411) : il n'y a rien à importer.");
  }
  return warnings;
}
