import nodemailer from 'nodemailer';
import { AppError } from '../errors/app-error';
import { createLogger } from '../logging/logger';
import type { readSmtpAccount } from './relance-settings-store';

const log = createLogger('relance-email');

/** An e-mail as the relance writes it, attachments included. */
export interface EmailParts {
  from: string | null;
  to: string;
  subject: string;
  text: string;
  date: Date;
  attachments: { filename: string; content: Buffer }[];
}

type SmtpAccount = NonNullable<Awaited<ReturnType<typeof readSmtpAccount>>>;

function mailOptions(parts: EmailParts) {
  return {
    ...(parts.from ? { from: parts.from } : {}),
    to: parts.to,
    subject: parts.subject,
    text: parts.text,
    date: parts.date,
    attachments: parts.attachments,
  };
}

/**
 * The e-mail as an .eml file. A draft carries `X-Unsent: 1`, which makes
 * Outlook and Thunderbird open it ready to send, with its attachments; the
 * copy of an e-mail already sent does not.
 */
export async function buildEml(parts: EmailParts, draft = true): Promise<Buffer> {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
  });
  const info = await transport.sendMail({
    ...mailOptions(parts),
    headers: draft ? { 'X-Unsent': '1' } : {},
  });
  return info.message as Buffer;
}

/** Sends the e-mail through the user's SMTP account; a refusal is a French error. */
export async function sendEmail(account: SmtpAccount, parts: EmailParts): Promise<string> {
  const transport = nodemailer.createTransport({
    host: account.host,
    port: account.port,
    secure: account.secure,
    ...(account.user ? { auth: { user: account.user, pass: account.password ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
  });
  try {
    const info = await transport.sendMail({ ...mailOptions(parts), from: account.from });
    log.info('email sent', { accepted: info.accepted.length });
    return info.messageId;
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unknown';
    log.warn('email refused', { code });
    const reason =
      code === 'EAUTH'
        ? 'identifiant ou mot de passe refusé'
        : code === 'ECONNECTION' || code === 'ESOCKET' || code === 'ETIMEDOUT'
          ? 'serveur injoignable'
          : 'envoi refusé par le serveur';
    throw new AppError(
      'SEND_FAILED',
      `L’e-mail n’a pas pu être envoyé (${reason}) : vérifiez le compte SMTP dans les réglages. ` +
        'Rien n’a été enregistré ; le message reste à faire.',
    );
  } finally {
    transport.close();
  }
}
