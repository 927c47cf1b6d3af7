import { formatLongFrenchDate } from '../../src-shared/dates/french-date';
import { debtorDisplayName } from '../../src-shared/domain/debtor';
import { withDe } from '../../src-shared/text/french-elision';
import type { DocumentBlock, DocumentSpec } from '../documents/document-blocks';
import { companyFooter, companyLetterhead } from '../documents/company-letterhead';
import type { ComposedMessage } from './relance-message';

const INVOICE_HEADER = ['Facture', 'Date', 'Échéance', 'Montant TTC', 'Reste dû', 'Retard'];

/**
 * The blocks of a message's body: one paragraph per block of text; the
 * paragraph that is the invoice list becomes a table, as a letter shows it.
 */
export function bodyBlocks(message: ComposedMessage, body: string): DocumentBlock[] {
  const list = message.figures.values.liste_factures.trim();
  const blocks = body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph): DocumentBlock =>
      paragraph === list && list !== ''
        ? {
            kind: 'table',
            header: INVOICE_HEADER,
            rows: message.figures.invoiceRows,
            numericColumns: [3, 4],
            // In twips of the page's 9 506: the dates, amounts and « à échoir » fit on one line
            // even in a font wider than Arial, and the invoice number has the rest (about 23
            // characters) so that it never wraps.
            widths: [2976, 1330, 1330, 1360, 1360, 1150],
          }
        : { kind: 'paragraph', text: paragraph },
    );
  // The closing formula stays on the page of the signature that follows it.
  const last = blocks.at(-1);
  if (last?.kind === 'paragraph') last.keepWithNext = true;
  return blocks;
}

/**
 * A relance letter on the company's letterhead: recipient, place and date,
 * the registered-mail mention for an LRAR or a mise en demeure, the subject,
 * the body with its invoice table, and the signature.
 */
export function relanceLetterSpec(
  message: ComposedMessage,
  subject: string,
  body: string,
  today: string,
): DocumentSpec {
  const { company, debtor, step } = message;
  const registered = step.channel === 'lrar' || step.channel === 'mise_en_demeure';
  const recipient = [debtorDisplayName(debtor)];
  if (message.recipient.contactName) {
    recipient.push(`À l’attention ${withDe(message.recipient.contactName)}`);
  }
  recipient.push(...message.recipient.address);
  const mentions = registered ? ['Lettre recommandée avec accusé de réception'] : [];
  if (step.channel === 'mise_en_demeure') mentions.push('MISE EN DEMEURE');
  return {
    title: `${subject} – ${debtorDisplayName(debtor)}`,
    letterhead: companyLetterhead(company),
    recipient: { lines: recipient },
    placeAndDate: `${company.city ? `À ${company.city}, le` : 'Le'} ${formatLongFrenchDate(today)}`,
    mentions,
    subject,
    blocks: [
      ...bodyBlocks(message, body),
      { kind: 'signature', lines: [message.figures.values.signataire, company.legalName] },
    ],
    footer: companyFooter(company),
  };
}
