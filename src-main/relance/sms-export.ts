import fs from 'node:fs';
import { debtorDisplayName } from '../../src-shared/domain/debtor';
import type { OwnerFilter, SmsExport } from '../../src-shared/relance/relance-view';
import { smsRecipient } from '../../src-shared/relance/sms-recipient';
import { formulaSafeText } from '../../src-shared/text/formula-safe-text';
import { backupBefore } from '../backups/backup-service';
import { createLogger } from '../logging/logger';
import { inTransaction, type ServiceContext } from '../workspace/service-context';
import { buildAgenda } from './agenda-service';
import { currentRelance } from './relance-actions';
import { insertRelanceAction } from './relance-action-writer';
import { composeMessage } from './relance-message';
import { dayFolder, documentPath, writeDocumentFile } from './relance-output';

const log = createLogger('relance-sms');

// A field is quoted when it holds the separator, a quote or a line break.
function quoted(text: string): string {
  return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes today's SMS relances as a CSV for an SMS provider's bulk upload
 * (numéro international ; message ; débiteur), and records each as done.
 * Only French mobiles can receive them: a debtor with a landline or no
 * number stays on the agenda, listed with the reason. The file is backed up
 * before the relances are recorded.
 */
export async function exportTodaySms(
  context: ServiceContext,
  owner: OwnerFilter,
  outputRoot: string,
): Promise<SmsExport> {
  const agenda = await buildAgenda(context, owner);
  const rows: string[] = ['numero;message;debiteur'];
  const done: {
    item: Awaited<ReturnType<typeof currentRelance>>['item'];
    phone: string;
    text: string;
  }[] = [];
  const withoutNumber: SmsExport['withoutNumber'] = [];
  for (const listed of agenda.items.filter((item) => item.channel === 'sms')) {
    const { item, step } = await currentRelance(context, listed.debtorId);
    const message = await composeMessage(
      context.database.db,
      context.today(),
      item.debtorId,
      item.invoices.map((invoice) => invoice.id),
      step,
    );
    const recipient = smsRecipient([message.recipient.phone]);
    if (!recipient.ok || !message.sms) {
      const reason = recipient.ok ? 'pas de texte de SMS' : recipient.reason;
      withoutNumber.push({ debtorId: item.debtorId, debtorName: item.debtorName, reason });
      continue;
    }
    // The number is a validated +33 6/7 number, written as is: a provider reads the column as
    // text, and the apostrophe of the formula guard would make every number invalid for it.
    // The free texts keep the guard.
    const name = debtorDisplayName(message.debtor);
    rows.push(
      [
        recipient.number,
        quoted(formulaSafeText(message.sms.text)),
        quoted(formulaSafeText(name)),
      ].join(';'),
    );
    done.push({ item, phone: recipient.number, text: message.sms.text });
  }
  if (done.length === 0) return { path: null, count: 0, withoutNumber };

  await backupBefore(context, 'relances');
  const path = documentPath(
    dayFolder(outputRoot, context.today()),
    context.today(),
    'SMS',
    'envoi groupé',
    '.csv',
  );
  writeDocumentFile(path, `\ufeff${rows.join('\r\n')}\r\n`);
  try {
    await inTransaction(context, async (trx) => {
      for (const entry of done) {
        await insertRelanceAction(trx, context, {
          item: entry.item,
          status: 'fait',
          recipient: entry.phone,
          subject: null,
          body: entry.text,
          delivery: 'sms_csv',
          outputPath: path,
          skipReason: null,
          callOutcome: null,
          batchId: null,
        });
      }
    });
  } catch (error) {
    // Nothing recorded: no file either, so the user never uploads SMS the agenda still shows.
    fs.rmSync(path, { force: true });
    throw error;
  }
  log.info('sms exported', { count: done.length, withoutNumber: withoutNumber.length });
  return { path, count: done.length, withoutNumber };
}
