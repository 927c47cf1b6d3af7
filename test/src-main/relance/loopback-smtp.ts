import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as the loopback server received it. */
export interface Received {
  from: string;
  to: string[];
  user: string | null;
  data: string;
}

/** The Subject header as a mail client shows it: unfolded, its encoded words decoded. */
export function decodedSubject(raw: string): string {
  const header = /^Subject: (.*)$/m.exec(raw.replace(/\r\n[ \t]+/g, ' '))?.[1] ?? '';
  return header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_word, text: string) =>
      Buffer.from(
        text
          .replace(/_/g, ' ')
          .replace(/=([0-9A-F]{2})/gi, (_hex, code: string) =>
            String.fromCharCode(parseInt(code, 16)),
          ),
        'latin1',
      ).toString('utf8'),
    );
}

/**
 * A real SMTP server on loopback that keeps what it receives; with `password` it asks the
 * user `compta` to log in, with `refuse` it refuses every recipient.
 */
export async function startSmtp(options: { password?: string; refuse?: boolean } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    disabledCommands: options.password ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !options.password,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'compta' && auth.password === options.password) {
        callback(null, { user: auth.username });
      } else callback(new Error('Identifiants refusés'));
    },
    onRcptTo(_address, _session, callback) {
      if (options.refuse) {
        const error = new Error('Boîte inconnue') as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          user: (session.user as string | undefined) ?? null,
          data: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { server, port, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}
