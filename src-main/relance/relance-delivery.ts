import fs from 'node:fs';
import { formatFrenchDate } from '../../src-shared/dates/french-date';
import { debtorDisplayName } from '../../src-shared/domain/debtor';
import { isLetterChannel, RELANCE_CHANNEL_LABELS } from '../../src-shared/relance/relance-channel';
import type { Delivery } from '../../src-shared/relance/relance-view';
import type { DocumentSpec } from '../documents/document-blocks';
import { renderDocx } from '../documents/render-docx';
import { AppError } from '../errors/app-error';
import type { ServiceContext } from '../workspace/service-context';
import { buildEml, sendEmail } from './relance-email';
import type { ComposedMessage } from './relance-message';
import { documentPath, writeDocumentFile } from './relance-output';
import { readSmtpAccount } from './relance-settings-store';
import { statementSpec } from './statement-document';
import { stepDocumentSpec } from './step-documents';

/** What reached the debtor, and where its copy is. */
export interface DeliveryOutcome {
  delivery: Delivery;
  recipient: string | null;
  outputPath: string | null;
  /** The letter's blocks, for a merged batch document. */
  letter: DocumentSpec | null;
}

/** Where and how to deliver: the folder for the copies, and whether to send e-mails now. */
export interface DeliveryOptions {
  folder: string;
  send: boolean;
}

/**
 * Produces a relance on its channel: a letter (.docx on the letterhead), an
 * e-mail with the statement of account attached (sent through SMTP when
 * asked and configured, always kept as .eml), or the SMS as sent from the
 * phone. Files written here are removed by the caller if recording fails.
 */
export async function deliverMessage(
  context: ServiceContext,
  message: ComposedMessage,
  subject: string,
  body: string,
  options: DeliveryOptions,
): Promise<DeliveryOutcome> {
  const today = context.today();
  const name = debtorDisplayName(message.debtor);
  const channel = message.step.channel;
  if (isLetterChannel(channel)) {
    const letter = await stepDocumentSpec({ context, message, subject, body });
    const outputPath = documentPath(
      options.folder,
      today,
      name,
      RELANCE_CHANNEL_LABELS[channel],
      '.docx',
    );
    writeDocumentFile(outputPath, await renderDocx(letter));
    return {
      delivery: 'courrier',
      recipient: message.recipient.address.join(', '),
      outputPath,
      letter,
    };
  }
  if (channel === 'email') {
    const to = message.recipient.email;
    if (!to) {
      throw new AppError(
        'VALIDATION',
        `Aucune adresse e-mail pour ${name} : ajoutez-en une à sa fiche ou à un contact.`,
      );
    }
    const statement = await statementSpec(context.database.db, message.debtor.id, today, today);
    const account = options.send ? await readSmtpAccount(context.database.db) : null;
    const parts = {
      from: account?.from ?? message.company.email,
      to,
      subject,
      text: body,
      date: context.now(),
      attachments: [
        {
          filename: `Relevé de compte au ${formatFrenchDate(today).replace(/\//g, '-')}.docx`,
          content: await renderDocx(statement.spec),
        },
      ],
    };
    const outputPath = documentPath(options.folder, today, name, 'E-mail', '.eml');
    writeDocumentFile(outputPath, await buildEml(parts, account === null));
    if (account) {
      try {
        await sendEmail(account, parts);
      } catch (error) {
        fs.rmSync(outputPath, { force: true });
        throw error;
      }
    }
    return {
      delivery: account ? 'email_envoye' : 'email_brouillon',
      recipient: to,
      outputPath,
      letter: null,
    };
  }
  if (channel === 'sms') {
    if (!message.recipient.phone) {
      throw new AppError('VALIDATION', `Aucun numéro de téléphone pour ${name}.`);
    }
    return { delivery: 'sms', recipient: message.recipient.phone, outputPath: null, letter: null };
  }
  throw new AppError('VALIDATION', 'Un appel se termine en enregistrant son issue.');
}
