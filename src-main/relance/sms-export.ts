import { debtorDisplayName } from '../../src-shared/domain/debtor';
import { normaliseFrenchPhone } from '../../src-shared/validators/contact-details';
import { inTransaction, type ServiceContext } from '../workspace/service-context';
import type { OwnerFilter } from '../../src-shared/relance/relance-view';
import { buildAgenda } from './agenda-service';
import { currentRelance } from './relance-actions';
import { insertRelanceAction } from './relance-action-writer';
import { composeMessage } from './relance-message';
import { dayFolder, documentPath, writeDocumentFile } from './relance-output';

/** What the SMS export wrote. */
export interface SmsExport {
  path: string | null;
  count: number;
  /** Debtors left on the agenda because they have no usable mobile number. */
  withoutNumber: string[];
}

// A field is quoted when it holds the separator, a quote or a line break; a
// leading = + - @ is neutralised so a spreadsheet never runs it as a formula.
function csvField(text: string): string {
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Writes today's SMS relances as a CSV for an SMS provider's bulk upload
 * (numéro international ; message ; débiteur), and records each as done.
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
  const withoutNumber: string[] = [];
  for (const listed of agenda.items.filter((item) => item.channel === 'sms')) {
    const { item, step } = await currentRelance(context, listed.debtorId);
    const message = await composeMessage(
      context.database.db,
      context.today(),
      item.debtorId,
      item.invoices.map((invoice) => invoice.id),
      step,
    );
    const phone = message.recipient.phone ? normaliseFrenchPhone(message.recipient.phone) : null;
    if (!phone || !message.sms) {
      withoutNumber.push(item.debtorName);
      continue;
    }
    rows.push([phone, message.sms.text, debtorDisplayName(message.debtor)].map(csvField).join(';'));
    done.push({ item, phone, text: message.sms.text });
  }
  if (done.length === 0) return { path: null, count: 0, withoutNumber };

  const path = documentPath(
    dayFolder(outputRoot, context.today()),
    context.today(),
    'SMS',
    'envoi groupé',
    '.csv',
  );
  writeDocumentFile(path, `\ufeff${rows.join('\r\n')}\r\n`);
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
  return { path, count: done.length, withoutNumber };
}
