import fs from 'node:fs';
import { formatFrenchDate } from '../../src-shared/dates/french-date';
import { debtorDisplayName } from '../../src-shared/domain/debtor';
import { isLetterChannel, RELANCE_CHANNEL_LABELS } from '../../src-shared/relance/relance-channel';
import type { Delivery } from '../../src-shared/relance/relance-view';
import { smsRecipient } from '../../src-shared/relance/sms-recipient';
import type { DocumentSpec } from '../documents/document-blocks';
import { renderDocx } from '../documents/render-docx';
import { AppError } from '../errors/app-error';
import type { SecretStore } from '../secrets/secret-store';
import { assertCanWrite, type ServiceContext } from '../workspace/service-context';
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
  /** Where this machine keeps the SMTP password; null when none is known here. */
  secrets: SecretStore | null;
}

/** A relance written out, whose e-mail (if any) is still to be sent. */
export interface PreparedDelivery {
  outcome: DeliveryOutcome;
  /** Sends the e-mail through SMTP; null when nothing goes out from here. */
  send: (() => Promise<void>) | null;
  /** Removes the files written, for a relance that is not recorded. */
  discard(): void;
}

/**
 * Writes a relance on its channel, ready to go: a letter (.docx on the
 * letterhead), an e-mail with the statement of account attached (always
 * kept as .eml; to send through SMTP when asked and configured), or the SMS
 * as sent from the phone. Nothing leaves the machine here: the caller sends
 * the e-mail once the relance is recorded (see recordDelivery).
 */
export async function prepareDelivery(
  context: ServiceContext,
  message: ComposedMessage,
  subject: string,
  body: string,
  options: DeliveryOptions,
): Promise<PreparedDelivery> {
  await assertCanWrite(context);
  const today = context.today();
  const name = debtorDisplayName(message.debtor);
  const channel = message.step.channel;
  const written = (outcome: DeliveryOutcome, send: PreparedDelivery['send'] = null) => ({
    outcome,
    send,
    discard: () => {
      if (outcome.outputPath) fs.rmSync(outcome.outputPath, { force: true });
    },
  });
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
    const recipient = message.recipient.address.join(', ');
    return written({ delivery: 'courrier', recipient, outputPath, letter });
  }
  if (channel === 'email') {
    const to = message.recipient.email;
    if (!to) {
      throw new AppError(
        'VALIDATION',
        `Aucune adresse e-mail pour ${name} : ajoutez-en une à sa fiche ou à un contact.`,
      );
    }
    const account = options.send
      ? await readSmtpAccount(context.database.db, options.secrets)
      : null;
    if (account?.user && account.password === null) {
      throw new AppError(
        'SEND_FAILED',
        'Le mot de passe du compte SMTP n’est pas enregistré sur cet ordinateur : saisissez-le ' +
          'dans Réglages des relances › Envoi des e-mails. Rien n’a été envoyé ni enregistré.',
      );
    }
    const statement = await statementSpec(context.database.db, message.debtor.id, today, today);
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
    const delivery = account ? 'email_envoye' : 'email_brouillon';
    const send = account ? () => sendEmail(account, parts).then(() => undefined) : null;
    return written({ delivery, recipient: to, outputPath, letter: null }, send);
  }
  if (channel === 'sms') {
    const mobile = smsRecipient([message.recipient.phone]);
    if (!mobile.ok) {
      throw new AppError('VALIDATION', `Pas de SMS possible pour ${name} : ${mobile.reason}.`);
    }
    return written({
      delivery: 'sms',
      recipient: message.recipient.phone,
      outputPath: null,
      letter: null,
    });
  }
  throw new AppError('VALIDATION', 'Un appel se termine en enregistrant son issue.');
}
