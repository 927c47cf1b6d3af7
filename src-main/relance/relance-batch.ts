import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { isBatchChannel } from '../../src-shared/relance/relance-channel';
import type { BatchResult } from '../../src-shared/relance/relance-view';
import type { DocumentSpec } from '../documents/document-blocks';
import { renderDocx } from '../documents/render-docx';
import { toErrorData } from '../errors/to-error-data';
import type { JobHandle } from '../jobs/job-registry';
import { createLogger } from '../logging/logger';
import { nextTurn } from '../jobs/next-turn';
import { assertCanWrite, type ServiceContext } from '../workspace/service-context';
import type { OwnerFilter } from '../../src-shared/relance/relance-view';
import { backupBefore } from '../backups/backup-service';
import { buildAgenda } from './agenda-service';
import type { SecretStore } from '../secrets/secret-store';
import { currentRelance } from './relance-actions';
import { prepareDelivery } from './relance-delivery';
import { composeMessage } from './relance-message';
import { dayFolder, writeDocumentFile } from './relance-output';
import { recordDelivery } from './relance-recording';

const log = createLogger('relance-batch');

function batchFolderName(now: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `Lot de ${two(now.getHours())}h${two(now.getMinutes())}m${two(now.getSeconds())}`;
}

/**
 * Runs today's letters and e-mails at once, after a backup of the file (no
 * backup, no batch): each debtor's relance is written, recorded and sent
 * (when asked and SMTP is configured) in its own transaction, so a failure
 * on one debtor leaves the others done. The letters are also merged into
 * one document to print in one go.
 */
export async function runRelanceBatch(
  context: ServiceContext,
  handle: JobHandle,
  options: {
    owner: OwnerFilter;
    send: boolean;
    outputRoot: string;
    /** Where this machine keeps the SMTP password; without it, no password is known. */
    secrets?: SecretStore | null;
  },
): Promise<BatchResult> {
  await assertCanWrite(context);
  const agenda = await buildAgenda(context, options.owner);
  const items = agenda.items.filter((item) => isBatchChannel(item.channel));
  if (items.length > 0) {
    handle.report({ done: 0, total: items.length, label: 'Sauvegarde du dossier…' });
    await backupBefore(context, 'relances');
  }
  const folder = path.join(
    dayFolder(options.outputRoot, context.today()),
    batchFolderName(context.now()),
  );
  const batchId = randomUUID();
  const letters: DocumentSpec[] = [];
  const result: BatchResult = {
    folder,
    mergedLettersPath: null,
    letters: 0,
    emailsDrafted: 0,
    emailsSent: 0,
    failures: [],
    stopped: false,
  };

  const knownRiskClasses = new Map(
    items.flatMap((item) => (item.riskClass ? [[item.debtorId, item.riskClass] as const] : [])),
  );
  for (const [index, listed] of items.entries()) {
    await nextTurn();
    if (handle.signal.aborted) {
      result.stopped = true;
      break;
    }
    handle.report({ done: index, total: items.length, label: `Relance de ${listed.debtorName}…` });
    try {
      const { item, step } = await currentRelance(context, listed.debtorId, knownRiskClasses);
      const message = await composeMessage(
        context.database.db,
        context.today(),
        item.debtorId,
        item.invoices.map((invoice) => invoice.id),
        step,
      );
      const prepared = await prepareDelivery(context, message, message.subject, message.body, {
        folder,
        send: options.send,
        secrets: options.secrets ?? null,
      });
      await recordDelivery(context, prepared, {
        item,
        status: 'fait',
        subject: message.subject || null,
        body: message.body,
        skipReason: null,
        callOutcome: null,
        batchId,
      });
      const { outcome } = prepared;
      if (outcome.letter) letters.push(outcome.letter);
      if (outcome.delivery === 'courrier') result.letters += 1;
      if (outcome.delivery === 'email_brouillon') result.emailsDrafted += 1;
      if (outcome.delivery === 'email_envoye') result.emailsSent += 1;
    } catch (error) {
      result.failures.push({
        debtorId: listed.debtorId,
        debtorName: listed.debtorName,
        message: toErrorData(error).message,
      });
    }
  }

  if (letters.length > 0) {
    result.mergedLettersPath = path.join(folder, 'Courriers fusionnés.docx');
    writeDocumentFile(result.mergedLettersPath, await renderDocx(letters));
  }
  handle.report({ done: items.length, total: items.length, label: 'Lot terminé.' });
  log.info('batch done', {
    items: items.length,
    letters: result.letters,
    emails: result.emailsDrafted + result.emailsSent,
    failures: result.failures.length,
  });
  return result;
}
