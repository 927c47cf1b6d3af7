import { compactErrors, type FieldErrors } from '../domain/field-errors';
import { isValidEmail } from '../validators/contact-details';

/**
 * How this computer keeps the SMTP password, never in the company file: encrypted by the
 * system's keychain (desktop app), or in a file of the user data folder that only the
 * user's account may read (bridge and command line, or no keychain).
 */
export type PasswordStorage = 'chiffre' | 'fichier_protege';

/** The SMTP account relance e-mails are sent through; the password is never sent back. */
export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | null;
  /** The sender address, e.g. « Compta Atelier <compta@atelier.fr> » or a bare address. */
  from: string;
  /** A password is saved on this computer for this file (another computer asks for it again). */
  hasPassword: boolean;
}

/** What the settings screen saves; a null password keeps the one already saved. */
export interface SmtpInput {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
}

/** The bare address inside « Nom <adresse> », or the text itself. */
export function senderAddress(from: string): string {
  const match = /<([^>]+)>\s*$/.exec(from);
  return (match ? match[1]! : from).trim();
}

/** Checks the SMTP form, one French message per field. */
export function validateSmtpInput(input: SmtpInput): FieldErrors {
  return compactErrors({
    host: input.host.trim() ? undefined : 'Indiquez le serveur SMTP (ex. smtp.orange.fr).',
    port:
      Number.isInteger(input.port) && input.port > 0 && input.port < 65536
        ? undefined
        : 'Le port est un nombre entre 1 et 65535 (souvent 587 ou 465).',
    from: isValidEmail(senderAddress(input.from))
      ? undefined
      : 'Indiquez l’adresse d’expédition (ex. compta@votre-entreprise.fr).',
  });
}
